// The simulator was up for the integration tests, which passed with the exported key, and stopped after;
// it logged the refused request, as that line helps a failing integration test.
def log = new File(basedir, 'build.log').text
def started = log.indexOf('OKX simulator started at http://127.0.0.1:')
def tests = log.indexOf('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
def stopped = log.indexOf('OKX simulator stopped')
assert started >= 0 && tests > started && stopped > tests : "expected start, tests, stop in that order"
assert log.contains('OKX auth failure 50103') : 'okx:start logs authentication failures'
def report = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/failsafe-reports/TEST-example.OkxSimulatorIT.xml'))
assert report.@tests.toInteger() == 3 && report.@failures.toInteger() == 0 && report.@errors.toInteger() == 0
true
