package dev.okxtestkit.control.wire;

/** What the control API answers a refused command with: {@code {"error":"..."}}. */
public record ErrorAnswer(String error) {}
