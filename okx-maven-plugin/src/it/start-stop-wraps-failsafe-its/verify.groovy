// The simulator was up for the integration tests, which passed with the exported key, and stopped after.
def log = new File(basedir, 'build.log').text
def started = log.indexOf('OKX simulator started at http://127.0.0.1:')
def tests = log.indexOf('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
def stopped = log.indexOf('OKX simulator stopped')
assert started >= 0 && tests > started && stopped > tests : "expected start, tests, stop in that order"
def report = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/failsafe-reports/TEST-example.OkxSimulatorIT.xml'))
assert report.@tests.toInteger() == 2 && report.@failures.toInteger() == 0 && report.@errors.toInteger() == 0
true
