// The schema's rules and messages reach the user through Maven: each problem with its file and place,
// and nothing else from the validator (no warnings, no logging setup noise).
def log = new File(basedir, 'build.log').text
assert log.contains('Invalid OKX contract files')
assert log.contains('src/test/okx/orders.json: $[1].request.method: must be "GET" or "POST" (upper case), not "get"')
assert log.contains('src/test/okx/orders.json: $[1].expect.code: must be an OKX code such as "0" or "51008", not "zero"')
assert !log.contains('open-orders') && !log.contains('$[0]') : 'the valid contract has no problem'
assert !log.contains('networknt') && !log.contains('SLF4J') && !log.contains('Unknown keyword')
true
