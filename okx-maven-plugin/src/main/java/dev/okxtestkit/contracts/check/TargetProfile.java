package dev.okxtestkit.contracts.check;

/**
 * What the checks may do on a target.
 *
 * @param description for reports, e.g. {@code sandbox https://www.okx.com}
 * @param demoHeaderEnforced every request carries {@code x-simulated-trading: 1}, so the check that
 *     leaves it out cannot run
 * @param tradeChecks whether checks may place (and cancel) orders
 * @param tradeInstId the spot instrument the trade check uses
 */
public record TargetProfile(
    String description, boolean demoHeaderEnforced, boolean tradeChecks, String tradeInstId) {}
