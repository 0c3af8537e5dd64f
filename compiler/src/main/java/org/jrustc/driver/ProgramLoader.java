package org.jrustc.driver;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.jrustc.codegen.GeneratedProgram;
import org.jrustc.runtime.RustProgram;

/**
 * Loads a compiled program into this JVM without writing it anywhere: its classes are defined by a
 * fresh class loader whose parent provides the runtime, and its main class is instantiated.
 */
public final class ProgramLoader {
    private ProgramLoader() {}

    /** A class loader that knows the generated classes by internal name ({@code rust/Program}). */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        GeneratedClassLoader(Map<String, byte[]> classes) {
            super("jrustc-program", RustProgram.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /** A fresh class loader for the program's classes (each call defines them anew). */
    public static ClassLoader classLoader(GeneratedProgram program) {
        return new GeneratedClassLoader(program.classes());
    }

    /** A new instance of the program's main class, ready for {@code Launcher.execute}. */
    public static RustProgram load(GeneratedProgram program) {
        String mainClass = program.mainClass().replace('/', '.');
        try {
            Class<?> main = classLoader(program).loadClass(mainClass);
            if (!RustProgram.class.isAssignableFrom(main)) {
                throw new IllegalStateException("generated class " + mainClass + " does not implement RustProgram");
            }
            return (RustProgram) main.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the generated classes have no main class " + mainClass, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + mainClass + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + mainClass + ": " + e, e);
        }
    }
}
