package dev.okxtestkit.maven;

/**
 * Where okx:start leaves the running simulator for okx:stop: the project's context, which lives as long
 * as the build of that project and is shared by the plugin's goals (no static state).
 */
final class SimulatorContext {

  static final String KEY = "dev.okxtestkit.maven.embedded-simulator";

  static final String BASE_URL = "okx.baseUrl";
  static final String WS_URL = "okx.wsUrl";
  static final String API_KEY = "okx.apiKey";
  static final String SECRET_KEY = "okx.secretKey";
  static final String PASSPHRASE = "okx.passphrase";

  private SimulatorContext() {}
}
