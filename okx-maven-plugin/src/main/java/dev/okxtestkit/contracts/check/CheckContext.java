package dev.okxtestkit.contracts.check;

import dev.okxtestkit.signing.OkxRequestSigner;
import java.util.ArrayList;
import java.util.List;

/** What one check runs with: the target's client and profile, and a record of the answers it got. */
public final class CheckContext {

  private final ApiClient client;
  private final TargetProfile profile;
  private final List<Observation> observations = new ArrayList<>();

  public CheckContext(ApiClient client, TargetProfile profile) {
    this.client = client;
    this.profile = profile;
  }

  /**
   * Sends a request and records the answer's shape under {@code label} (unique within the check), so
   * reports and the drift comparison can name it.
   */
  public Answer call(String label, ApiCall call) {
    Answer answer = client.send(call);
    observations.add(Observation.of(label, call, answer));
    return answer;
  }

  public OkxRequestSigner signer() {
    return client.signer();
  }

  public TargetProfile profile() {
    return profile;
  }

  public List<Observation> observations() {
    return List.copyOf(observations);
  }
}
