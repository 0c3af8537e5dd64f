package org.jrustc.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jrustc.diag.SourceFile;
import org.jrustc.mir.MirProgram;
import org.jrustc.runtime.Launcher;
import org.jrustc.runtime.RustProgram;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Generates a MIR program, checks every class with ASM's verifier, loads it in a fresh class loader and runs it. */
record GeneratedRun(int exit, String out, String err) {

    static GeneratedProgram generateVerified(MirProgram program, SourceFile source) {
        GeneratedProgram generated = ClassGen.generate(program, source);
        for (Map.Entry<String, byte[]> c : generated.classes().entrySet()) {
            StringWriter problems = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(c.getValue()), false, new PrintWriter(problems));
            assertEquals("", problems.toString(), "verifier problems in " + c.getKey());
        }
        return generated;
    }

    static GeneratedRun run(MirProgram program) {
        return run(program, new SourceFile("t.rs", "fn main() {}\n"));
    }

    static GeneratedRun run(MirProgram program, SourceFile source) {
        return execute(generateVerified(program, source));
    }

    static GeneratedRun execute(GeneratedProgram generated) {
        RustProgram program = instantiate(generated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Launcher.execute(program, new String[0], new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new GeneratedRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static RustProgram instantiate(GeneratedProgram generated) {
        ClassLoader loader = new ClassLoader(GeneratedRun.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = generated.classes().get(name.replace('.', '/'));
                if (bytes == null) throw new ClassNotFoundException(name);
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        try {
            return (RustProgram) loader.loadClass(generated.mainClass()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot load the generated program", e);
        }
    }
}
