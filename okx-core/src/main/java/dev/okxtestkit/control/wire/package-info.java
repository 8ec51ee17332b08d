/**
 * The bodies of the control API over HTTP ({@code /__admin/okx}), as Jackson-bound records: the client
 * ({@link dev.okxtestkit.control.HttpOkxControl}) writes them and the server ({@link
 * dev.okxtestkit.control.AdminCommands}) reads them with the same classes, so the two cannot drift. Field
 * names are the JSON names; decimals travel as strings, as OKX writes them.
 */
package dev.okxtestkit.control.wire;
