// Header, TLS, credentials and secrecy, from what the stand-in saw and everything the builds wrote.
def secret = '7E57A1B2C3D4E5F60718293A4B5C6D7E'
def passphrase = 'Sandbox-Pass-2718'
def standIn = context.standIn
try {
  def log = new File(basedir, 'build.log').text

  // 1st build: -X, trusted certificate, key from the encrypted settings.xml server
  assert log.contains('[DEBUG]') : 'the first build should run with -X'
  assert log.contains("Using the key 9b8a**** from settings.xml server 'okx-demo'")
  assert log =~ /OKX contract checks against sandbox https:\/\/127\.0\.0\.1:\d+ \(signer: reference dev\.okxtestkit\.signing\.OkxSigner\): 50 checks: 49 passed, 0 failed, 0 errors, 1 skipped/
  def requests = standIn.requests()
  assert requests.size() > 20
  def withoutDemoHeader = requests.findAll { it.simulatedTrading() != '1' }
  assert withoutDemoHeader.isEmpty() : "requests without x-simulated-trading: 1: ${withoutDemoHeader}"
  assert requests.findAll { it.apiKey() != 'null' }.every { it.apiKey() == '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }
  assert requests.any { it.method() == 'POST' && it.target() == '/api/v5/trade/order' } : 'the trade check placed no order'
  assert requests.any { it.method() == 'POST' && it.target() == '/api/v5/trade/cancel-order' } : 'the order was not cancelled'

  def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/okx-reports/okx-report.json'))
  def skipped = json.checks.find { it.status == 'skipped' }
  assert skipped.name == 'demo-key-without-demo-header-is-50101'
  assert json.drift.size() == 1 && json.drift[0].aspect == 'missing field' && json.drift[0].target == 'region (string)'
  assert log.contains('Drift: 1 difference(s) between the target and the embedded simulator:')

  // 2nd build: no trust in the stand-in's certificate
  assert log =~ /No answer from https:\/\/127\.0\.0\.1:\d+ to GET \/api\/v5\/public\/time: SSLHandshakeException/

  // No secret anywhere: the log (with -X) and every report
  def outputs = [new File(basedir, 'build.log')] + new File(basedir, 'target/okx-reports').listFiles().toList()
  outputs.each { file ->
    def text = file.text
    assert !text.contains(secret) : "the secret key appears in ${file}"
    assert !text.contains(passphrase) : "the passphrase appears in ${file}"
  }
  println "stand-in saw ${requests.size()} requests, all with x-simulated-trading: 1; no secret in ${outputs.size()} files"
} finally {
  standIn?.close()
}
true
