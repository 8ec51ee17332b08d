package dev.okxtestkit.contracts.credentials;

import dev.okxtestkit.signing.OkxCredentials;

/**
 * The key the checks use and where it came from (for the log: never the values).
 *
 * @param credentials the key; its {@code toString()} masks the secret and passphrase
 * @param source e.g. {@code settings.xml server 'okx-demo'} or {@code environment OKX_API_KEY, ...}
 */
public record ResolvedCredentials(OkxCredentials credentials, String source) {}
