def log = new File(basedir, 'build.log').text
assert log.contains('No OKX contract checks ran: there are no built-in checks (okx.builtInChecks=false) and no contract files in')
assert log.contains('-Dokx.failIfNoChecks=false accepts it')
true
