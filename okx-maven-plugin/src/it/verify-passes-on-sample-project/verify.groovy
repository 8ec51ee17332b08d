// okx:verify ran the built-in suite and the project's contracts with the project's own signer, all green,
// and wrote both reports; okx:help lists the goals. The authentication failures its negative checks
// provoke on purpose are not logged by the embedded simulator.
def log = new File(basedir, 'build.log').text
assert !log.contains('OKX auth failure') : 'okx:verify must not log the auth failures it provokes'
assert log.contains('Signing with com.example.okx.ClientSigner from the project\'s test classpath')
assert log =~ /OKX contract checks against simulator http:\/\/127\.0\.0\.1:\d+ \(embedded\) \(signer: com\.example\.okx\.ClientSigner\): 52 checks: 52 passed, 0 failed, 0 errors, 0 skipped/
def wall = (log =~ /okx:verify suite wall time: ([0-9.]+) s/)
assert wall.find() : 'no suite time in the log'
println "okx:verify built-in suite + 2 contracts, wall: ${wall.group(1)} s"

def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/okx-reports/TEST-okx-contracts.xml'))
assert xml.@tests.toInteger() == 52 && xml.@failures.toInteger() == 0 && xml.@errors.toInteger() == 0
assert xml.testcase.find { it.@classname == 'contracts.account' && it.@name == 'usdt-balance' }.size() == 1
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/okx-reports/okx-report.json'))
assert json.summary.passed == 52

assert log.contains('okx:verify') && log.contains('okx:start') && log.contains('okx:stop') && log.contains('okx:help')
true
