package org.jrustc.driver;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import org.jrustc.codegen.GeneratedProgram;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * The generated classes as text, one after the other in name order, as ASM's {@link Textifier}
 * writes them ({@code jrustc build --emit=bytecode}).
 */
public final class BytecodePrinter {
    private BytecodePrinter() {}

    public static String print(GeneratedProgram program) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        for (Map.Entry<String, byte[]> c : new TreeMap<>(program.classes()).entrySet()) {
            out.println("// class " + c.getKey());
            new ClassReader(c.getValue()).accept(new TraceClassVisitor(null, new Textifier(), out), 0);
            out.println();
        }
        out.flush();
        return text.toString();
    }
}
