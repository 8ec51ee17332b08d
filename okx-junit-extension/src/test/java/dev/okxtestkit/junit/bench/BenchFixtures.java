package dev.okxtestkit.junit.bench;

import dev.okxtestkit.junit.OkxBaseUrl;
import dev.okxtestkit.junit.OkxSimulator;
import dev.okxtestkit.signing.OkxCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's test classes: {@value #CLASSES} classes of {@value #METHODS} identical methods,
 * once with {@link OkxSimulator} (each method takes a key and the base URL, as a real test would)
 * and once without. Subclasses make distinct classes of the same code, so JUnit treats each as a new
 * class. Nested classes: never picked up by surefire.
 */
final class BenchFixtures {

  static final int CLASSES = 20;
  static final int METHODS = 10;

  private BenchFixtures() {}

  static void use(Object a, Object b) {
    if (a == null || b == null) {
      throw new AssertionError("nothing injected");
    }
  }

  @OkxSimulator
  abstract static class WithExtension {
    @Test void m01(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m02(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m03(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m04(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m05(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m06(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m07(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m08(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m09(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
    @Test void m10(OkxCredentials key, @OkxBaseUrl String baseUrl) { use(key, baseUrl); }
  }

  abstract static class WithoutExtension {
    @Test void m01() { use(this, getClass()); }
    @Test void m02() { use(this, getClass()); }
    @Test void m03() { use(this, getClass()); }
    @Test void m04() { use(this, getClass()); }
    @Test void m05() { use(this, getClass()); }
    @Test void m06() { use(this, getClass()); }
    @Test void m07() { use(this, getClass()); }
    @Test void m08() { use(this, getClass()); }
    @Test void m09() { use(this, getClass()); }
    @Test void m10() { use(this, getClass()); }
  }

  static class With01 extends WithExtension {}
  static class With02 extends WithExtension {}
  static class With03 extends WithExtension {}
  static class With04 extends WithExtension {}
  static class With05 extends WithExtension {}
  static class With06 extends WithExtension {}
  static class With07 extends WithExtension {}
  static class With08 extends WithExtension {}
  static class With09 extends WithExtension {}
  static class With10 extends WithExtension {}
  static class With11 extends WithExtension {}
  static class With12 extends WithExtension {}
  static class With13 extends WithExtension {}
  static class With14 extends WithExtension {}
  static class With15 extends WithExtension {}
  static class With16 extends WithExtension {}
  static class With17 extends WithExtension {}
  static class With18 extends WithExtension {}
  static class With19 extends WithExtension {}
  static class With20 extends WithExtension {}

  static class Without01 extends WithoutExtension {}
  static class Without02 extends WithoutExtension {}
  static class Without03 extends WithoutExtension {}
  static class Without04 extends WithoutExtension {}
  static class Without05 extends WithoutExtension {}
  static class Without06 extends WithoutExtension {}
  static class Without07 extends WithoutExtension {}
  static class Without08 extends WithoutExtension {}
  static class Without09 extends WithoutExtension {}
  static class Without10 extends WithoutExtension {}
  static class Without11 extends WithoutExtension {}
  static class Without12 extends WithoutExtension {}
  static class Without13 extends WithoutExtension {}
  static class Without14 extends WithoutExtension {}
  static class Without15 extends WithoutExtension {}
  static class Without16 extends WithoutExtension {}
  static class Without17 extends WithoutExtension {}
  static class Without18 extends WithoutExtension {}
  static class Without19 extends WithoutExtension {}
  static class Without20 extends WithoutExtension {}

  static final List<Class<?>> WITH = List.of(
      With01.class, With02.class, With03.class, With04.class, With05.class, With06.class, With07.class, With08.class, With09.class, With10.class, With11.class, With12.class, With13.class, With14.class, With15.class, With16.class, With17.class, With18.class, With19.class, With20.class);

  static final List<Class<?>> WITHOUT = List.of(
      Without01.class, Without02.class, Without03.class, Without04.class, Without05.class, Without06.class, Without07.class, Without08.class, Without09.class, Without10.class, Without11.class, Without12.class, Without13.class, Without14.class, Without15.class, Without16.class, Without17.class, Without18.class, Without19.class, Without20.class);
}
