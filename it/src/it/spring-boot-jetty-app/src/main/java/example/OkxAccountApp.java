package example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OkxAccountApp {
  public static void main(String[] args) {
    SpringApplication.run(OkxAccountApp.class, args);
  }
}
