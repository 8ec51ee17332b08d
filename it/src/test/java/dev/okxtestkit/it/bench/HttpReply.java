package dev.okxtestkit.it.bench;

/**
 * One HTTP response as the load client sees it.
 *
 * @param status the status code
 * @param bodyLength bytes of body received (after de-chunking)
 * @param body the body, only when asked for; the load loop does not keep it
 * @param keepAlive whether the connection can carry another request
 */
record HttpReply(int status, int bodyLength, byte[] body, boolean keepAlive) {}
