// Two of three contracts fail, each naming what was expected and what came back.
def log = new File(basedir, 'build.log').text
assert log.contains('2 of 3 OKX contract checks failed')
assert log.contains('FAILED contracts.expectations / balance-has-bonus-equity: GET /api/v5/account/balance: expected HTTP 200, code 0, data[0] fields [totalEq, bonusEq]; got HTTP 200, code 0')
assert log.contains('- fields: data[0] lacks [bonusEq]')
assert log.contains('FAILED contracts.expectations / unknown-instrument-is-a-400: GET /api/v5/market/ticker?instId=NOPE-USDT: expected HTTP 400, code 51000; got HTTP 200, code 51001')
assert log.contains('- HTTP status: expected 400, got 200')
assert log.contains('- code: expected "51000", got "51001"')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/okx-reports/TEST-okx-contracts.xml'))
assert xml.@tests.toInteger() == 3 && xml.@failures.toInteger() == 2
true
