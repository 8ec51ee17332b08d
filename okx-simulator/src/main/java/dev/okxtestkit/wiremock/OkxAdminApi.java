package dev.okxtestkit.wiremock;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import dev.okxtestkit.control.AdminCommands;
import dev.okxtestkit.protocol.ApiResponse;
import java.util.Optional;

/** Routes {@code /__admin/okx/...} to the simulator's control commands. */
final class OkxAdminApi implements AdminApiExtension {

  static final String NAME = "okx-admin";

  private final AdminCommands commands;

  OkxAdminApi(AdminCommands commands) {
    this.commands = commands;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /**
   * Each route is its own lambda on purpose: WireMock finds a route's path template by the task's
   * class, so tasks sharing one class would get each other's templates.
   */
  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(POST, "/okx/credentials", (admin, event, params) ->
        response(commands.addCredentials(event.getRequest().getBodyAsString())));
    router.add(DELETE, "/okx/credentials/{apiKey}", (admin, event, params) ->
        response(commands.removeCredentials(params.get("apiKey"))));
    router.add(POST, "/okx/markets/{instId}/price", (admin, event, params) ->
        response(commands.setPrice(params.get("instId"), event.getRequest().getBodyAsString())));
    router.add(POST, "/okx/markets/{instId}/mark-price", (admin, event, params) ->
        response(commands.setMarkPrice(params.get("instId"), event.getRequest().getBodyAsString())));
    router.add(POST, "/okx/markets/{instId}/funding-rate", (admin, event, params) ->
        response(commands.setFundingRate(params.get("instId"), event.getRequest().getBodyAsString())));
    router.add(POST, "/okx/markets/{instId}/book", (admin, event, params) ->
        response(commands.setBook(params.get("instId"), event.getRequest().getBodyAsString())));
    router.add(POST, "/okx/markets/{instId}/state", (admin, event, params) ->
        response(commands.setInstrumentState(params.get("instId"), event.getRequest().getBodyAsString())));
    router.add(POST, "/okx/accounts/{apiKey}/balances", (admin, event, params) ->
        response(commands.setBalances(params.get("apiKey"), event.getRequest().getBodyAsString())));
    router.add(GET, "/okx/accounts/{apiKey}/balances", (admin, event, params) ->
        response(commands.balances(params.get("apiKey"))));
    router.add(POST, "/okx/accounts/{apiKey}/starting-balances", (admin, event, params) ->
        response(commands.setStartingBalances(params.get("apiKey"), event.getRequest().getBodyAsString())));
    router.add(POST, "/okx/accounts/{apiKey}/funding-balances", (admin, event, params) ->
        response(commands.setFundingBalances(params.get("apiKey"), event.getRequest().getBodyAsString())));
    router.add(GET, "/okx/accounts/{apiKey}/orders", (admin, event, params) ->
        response(commands.orders(params.get("apiKey"))));
    router.add(GET, "/okx/accounts/{apiKey}/fills", (admin, event, params) ->
        response(commands.fills(params.get("apiKey"))));
    router.add(GET, "/okx/accounts/{apiKey}/positions", (admin, event, params) ->
        response(commands.positions(params.get("apiKey"))));
    router.add(POST, "/okx/accounts/{apiKey}/reset", (admin, event, params) ->
        response(commands.resetAccount(params.get("apiKey"))));
    router.add(POST, "/okx/reset", (admin, event, params) -> response(commands.resetAll()));
    router.add(GET, "/okx/auth-failures", (admin, event, params) -> response(commands.authFailures(
        Optional.ofNullable(event.getRequest().queryParameter("apiKey")).filter(p -> p.isPresent())
            .map(p -> p.firstValue()))));
    router.add(DELETE, "/okx/auth-failures", (admin, event, params) -> response(commands.clearAuthFailures()));
    router.add(GET, "/okx/clock", (admin, event, params) -> response(commands.clock()));
    router.add(POST, "/okx/clock", (admin, event, params) ->
        response(commands.setClock(event.getRequest().getBodyAsString())));
    router.add(POST, "/okx/faults", (admin, event, params) ->
        response(commands.addFault(event.getRequest().getBodyAsString())));
    router.add(GET, "/okx/faults", (admin, event, params) -> response(commands.faults()));
    router.add(GET, "/okx/ws/connections", (admin, event, params) -> response(commands.connections()));
    router.add(DELETE, "/okx/ws/connections", (admin, event, params) ->
        response(commands.dropConnections(Optional.empty())));
    router.add(DELETE, "/okx/ws/connections/{connId}", (admin, event, params) ->
        response(commands.dropConnections(Optional.of(params.get("connId")))));
    router.add(POST, "/okx/ws/notice", (admin, event, params) -> response(commands.sendUpgradeNotice()));
    router.add(GET, "/okx/ws/pushes", (admin, event, params) -> response(commands.pushRules()));
    router.add(POST, "/okx/ws/pushes", (admin, event, params) ->
        response(commands.setPushRule(event.getRequest().getBodyAsString())));
    router.add(DELETE, "/okx/ws/pushes", (admin, event, params) -> response(commands.clearPushRules()));
    router.add(POST, "/okx/ws/error", (admin, event, params) ->
        response(commands.sendErrorEvent(event.getRequest().getBodyAsString())));
    router.add(DELETE, "/okx/faults", (admin, event, params) -> response(commands.clearFaults()));
    router.add(POST, "/okx/rate-limits", (admin, event, params) ->
        response(commands.setRateLimits(event.getRequest().getBodyAsString())));
  }

  private static com.github.tomakehurst.wiremock.http.ResponseDefinition response(ApiResponse response) {
    return WireMockResponses.toResponseDefinition(response);
  }
}
