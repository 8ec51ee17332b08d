// The build failed because of the signer, and the log says exactly what is wrong with it.
def log = new File(basedir, 'build.log').text
assert log.contains('OKX contract checks failed')
assert log.contains('FAILED builtin.account / signed-balance-read: GET /api/v5/account/balance?ccy=USDT: expected HTTP 200, code 0')
assert log.contains('got HTTP 401, code 50113 "Invalid Sign"')
assert log.contains('simulator diagnosis: query-omitted The query string was left out of the prehash.')
assert log.contains('FAILED builtin.signing / vector docs-get-balance-ccy-btc')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/okx-reports/TEST-okx-contracts.xml'))
assert xml.@failures.toInteger() > 0
assert xml.testcase.find { it.@name == 'vector get-no-query' }.children().size() == 0 : 'a GET without query is signed right'
true
