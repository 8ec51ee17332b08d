package dev.okxtestkit.wiremock;

import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.io.Connection;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.AbstractConnector;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.HttpChannelOverHttp;
import wiremock.org.eclipse.jetty.server.HttpConnection;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Server;

/**
 * Jetty's HTTP/1.1 connections, except that a request Jetty cannot parse is refused with a 4xx even
 * where Jetty would pick a 5xx: it answers 505 "Unknown Version" to a request line with a raw space
 * in the target ({@code GET /api/v5/market/ticker?instId=BTC USDT HTTP/1.1}, the rest reading as the
 * version) and to HTTP/0.9. The status is fixed before any error handler runs, so it is changed here.
 */
final class MalformedRequestConnectionFactory extends HttpConnectionFactory {

  private MalformedRequestConnectionFactory(HttpConnectionFactory original) {
    super(original.getHttpConfiguration());
    setRecordHttpComplianceViolations(original.isRecordHttpComplianceViolations());
    setUseInputDirectByteBuffers(original.isUseInputDirectByteBuffers());
    setUseOutputDirectByteBuffers(original.isUseOutputDirectByteBuffers());
  }

  /** Replaces the HTTP/1.1 factory of each of the server's connectors. */
  static void install(Server server) {
    for (Connector connector : server.getConnectors()) {
      HttpConnectionFactory original = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (original != null && connector instanceof AbstractConnector abstractConnector) {
        abstractConnector.addConnectionFactory(new MalformedRequestConnectionFactory(original));
      }
    }
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection =
        new HttpConnection(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
          @Override
          protected HttpChannelOverHttp newHttpChannel() {
            return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
              @Override
              public void badMessage(BadMessageException failure) {
                super.badMessage(failure.getCode() >= 500
                    ? new BadMessageException(400, failure.getReason(), failure)
                    : failure);
              }
            };
          }
        };
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }
}
