package dev.okxtestkit.control.wire;

/**
 * {@code POST /__admin/okx/ws/error}: {@code {"code":"64007","msg":"...","connId":"1a2b3c4d"}} sends OKX's
 * error event to one connection ({@code connId}) or, without it, to all.
 */
public record ErrorEventBody(String connId, String code, String msg) {}
