// The tests ran, on JUnit 6, and passed (the build would have failed otherwise, but a build that
// ran no test at all is green too).
def report = new File(basedir, 'target/surefire-reports/TEST-example.OnJUnit6Test.xml')
assert report.isFile() : "no surefire report: the tests did not run"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 3 : "expected 3 tests, got ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0
def log = new File(basedir, 'build.log').text
assert log.contains('Jupiter version: 6.') : "the tests did not run on JUnit 6"
true
