// The app's tests ran on Spring's Jetty with the simulator in the same JVM, and all passed.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'expected the 2 app tests to pass'
assert log.contains('Jetty started on port') : 'the app did not run on Jetty'
assert !log.contains('NoSuchMethodError') && !log.contains('ClassNotFoundException') && !log.contains('LinkageError')
return true
