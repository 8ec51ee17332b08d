package dev.okxtestkit.contracts.signer;

import dev.okxtestkit.contracts.VerificationSetupException;
import dev.okxtestkit.signing.OkxRequestSigner;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Loads the user's {@link OkxRequestSigner} from the project's test classpath.
 *
 * <p>The loader delegates to the plugin's class loader first, so the project's copy of
 * {@code OkxRequestSigner} resolves to the plugin's and the cast works; the user's own classes are
 * found in the project's output directories and jars.
 */
public final class SignerLoader {

  private SignerLoader() {}

  /**
   * @param className a class with a public no-argument constructor implementing {@link OkxRequestSigner}
   * @param classpath the project's test classpath (output directories and dependency jars)
   * @param parent the plugin's class loader
   * @throws VerificationSetupException saying what is wrong with the class and how to fix it
   */
  public static LoadedSigner load(String className, List<Path> classpath, ClassLoader parent) {
    URLClassLoader loader = new URLClassLoader("okx-signer", urls(classpath), parent);
    try {
      Class<?> type = Class.forName(className.trim(), true, loader);
      if (!OkxRequestSigner.class.isAssignableFrom(type)) {
        throw new VerificationSetupException("okx.signer class " + className + " does not implement "
            + OkxRequestSigner.class.getName() + (sameNameInterface(type) ? " (it implements another copy of"
            + " it: keep okx-simulator's version equal to the plugin's)" : "") + ".");
      }
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      OkxRequestSigner signer = (OkxRequestSigner) constructor.newInstance();
      return new LoadedSigner(signer, type.getName(), Optional.of(loader));
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      close(loader);
      throw new VerificationSetupException("okx.signer class " + className + " is not on the project's test"
          + " classpath. Check the name, and compile first: okx:verify runs in the verify phase; alone, run"
          + " 'mvn test-compile okx:verify'.", e);
    } catch (NoSuchMethodException e) {
      close(loader);
      throw new VerificationSetupException("okx.signer class " + className
          + " needs a no-argument constructor.", e);
    } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
      close(loader);
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new VerificationSetupException("okx.signer class " + className + " could not be created: "
          + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), e);
    } catch (RuntimeException e) {
      close(loader);
      throw e;
    }
  }

  private static boolean sameNameInterface(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Arrays.stream(c.getInterfaces()).anyMatch(i -> i.getName().equals(OkxRequestSigner.class.getName()))) {
        return true;
      }
    }
    return false;
  }

  private static URL[] urls(List<Path> classpath) {
    List<URL> urls = new ArrayList<>();
    for (Path element : classpath) {
      try {
        urls.add(element.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new VerificationSetupException("Bad test classpath element " + element + ": " + e.getMessage());
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // Already failing with a better message.
    }
  }
}
