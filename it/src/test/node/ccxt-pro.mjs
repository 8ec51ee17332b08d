// ccxt pro's okx, unchanged, against the simulator: configured for OKX's demo trading (sandbox mode),
// with only the REST and WebSocket base URLs pointing at the simulator. Prints one JSON line per step;
// CcxtProTest asserts on them.
//
//   node ccxt-pro.mjs REST_URL WS_BASE API_KEY SECRET PASSPHRASE
import ccxt from 'ccxt';

const [rest, ws, apiKey, secret, password] = process.argv.slice(2);
const exchange = new ccxt.pro.okx({
  apiKey, secret, password,
  // The simulator lists spot, swaps and dated futures; ccxt would also ask for options.
  options: { fetchMarkets: { types: ['spot', 'swap'] } },
});
exchange.setSandboxMode(true); // demo trading: x-simulated-trading: 1 and ?brokerId=9999 on the WebSocket
exchange.urls.api = { rest, ws };
await exchange.loadHttpProxyAgent(); // ccxt needs it for ws:// (not wss://) URLs
const step = (name, fields) => console.log(JSON.stringify({ step: name, ...fields }));

try {
  await exchange.loadMarkets();
  const ticker = await exchange.watchTicker('BTC/USDT');
  step('ticker', { last: ticker.last, bid: ticker.bid, ask: ticker.ask });

  const book = await exchange.watchOrderBook('BTC/USDT');
  step('book', { bid: book.bids[0][0], ask: book.asks[0][0], nonce: book.nonce ?? null });

  let pushed = exchange.watchOrders('BTC/USDT');
  // ccxt has no call that waits for the subscription's ack: give login and subscribe time, even on a busy machine.
  await exchange.sleep(1000);
  const placed = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.01, 30000);
  step('placed', { id: placed.id });
  step('pushed', { orders: (await pushed).map(o => ({ id: o.id, status: o.status })) });

  const balance = await exchange.watchBalance();
  step('balance', { free: balance.USDT.free, used: balance.USDT.used, total: balance.USDT.total });

  pushed = exchange.watchOrders('BTC/USDT');
  await exchange.cancelOrder(placed.id, 'BTC/USDT');
  step('cancelled', { orders: (await pushed).map(o => ({ id: o.id, status: o.status })) });

  const overWebSocket = await exchange.createOrderWs('BTC/USDT', 'limit', 'buy', 0.01, 31000);
  step('wsOrder', { id: overWebSocket.id });

  const trades = exchange.watchTrades('BTC/USDT');
  await exchange.sleep(1000);
  await exchange.createOrder('BTC/USDT', 'market', 'buy', 0.001);
  step('trades', { trades: (await trades).map(t => ({ id: t.id, side: t.side, price: t.price })) });

  const bars = await exchange.watchOHLCV('BTC/USDT', '1m');
  step('ohlcv', { close: bars[bars.length - 1][4] });
} catch (e) {
  step('failed', { error: e.constructor.name, message: e.message });
  process.exitCode = 1;
} finally {
  await exchange.close();
}
