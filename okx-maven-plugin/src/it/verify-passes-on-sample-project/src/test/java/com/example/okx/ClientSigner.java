package com.example.okx;

import dev.okxtestkit.signing.OkxRequestSigner;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The application's own signing code, written against OKX's documentation. */
public class ClientSigner implements OkxRequestSigner {

  @Override
  public String sign(String timestamp, String method, String requestPath, String body, String secretKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String prehash = timestamp + method.toUpperCase() + requestPath + (body == null ? "" : body);
      return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
