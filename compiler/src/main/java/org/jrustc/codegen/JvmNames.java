package org.jrustc.codegen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.MirProgram;
import org.jrustc.types.FnSig;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;

/**
 * Names and descriptors of the generated methods: one readable, unique JVM name per function symbol
 * ({@code Point::new} → {@code Point$new}, {@code <Noisy as Drop>::drop} → {@code Noisy$as$Drop$drop})
 * and per drop glue ({@code drop$Box(Noisy)}), and the JVM descriptor that RUNTIME_ABI.md gives a
 * signature.
 */
final class JvmNames {
    /** Names the program class already uses for other methods. */
    private static final Set<String> RESERVED = Set.of("runMain", "staticData", "<init>", "<clinit>");

    private final Map<String, String> bySymbol = new HashMap<>();
    private final Set<String> used = new HashSet<>(RESERVED);

    JvmNames(MirProgram program) {
        for (MirBody body : program.bodies()) bySymbol.put(body.sig().symbol(), unique(readable(body.sig().symbol())));
    }

    /** The method of the function with this signature; it must have a body in the program. */
    String method(FnSig sig) {
        String name = bySymbol.get(sig.symbol());
        if (name == null) throw new IllegalStateException("no MIR body for function " + sig.symbol());
        return name;
    }

    /** A fresh name for the drop glue of {@code ty}. */
    String newGlueName(Ty ty) {
        return unique("drop$" + sanitize(ty.display()));
    }

    /**
     * {@code (Machine, [long sret], one long per one-cell parameter or the address of a larger one)}
     * returning long for a one-cell result, void otherwise.
     */
    static String descriptor(FnSig sig) {
        StringBuilder d = new StringBuilder("(").append(Bytecode.MACHINE_DESC);
        if (returnsViaSret(sig)) d.append('J');
        for (Ty p : sig.params()) if (Layout.sizeOf(p) > 0) d.append('J');
        return d.append(Layout.sizeOf(sig.ret()) == 1 ? ")J" : ")V").toString();
    }

    static boolean returnsViaSret(FnSig sig) { return Layout.sizeOf(sig.ret()) > 1; }

    /** Descriptor of every drop glue method: the machine and the address of the value (for a Box, the box pointer). */
    static final String GLUE_DESCRIPTOR = "(" + Bytecode.MACHINE_DESC + "J)V";

    private static String readable(String symbol) {
        String s = symbol;
        // "<Type as Trait>::item" reads as "Type as Trait::item".
        if (s.startsWith("<")) {
            int close = s.indexOf(">::");
            if (close > 0) s = s.substring(1, close) + s.substring(close + 1);
        }
        return sanitize(s.replace(" as ", "$as$").replace("::", "$"));
    }

    /** Keeps a name readable while removing what a JVM method name may not contain (. ; [ / < >) and spaces. */
    private static String sanitize(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append('(');
                case '>' -> b.append(')');
                case '.', ';', '[', ']', '/' -> b.append('_');
                case ' ' -> { }
                default -> b.append(c);
            }
        }
        return b.isEmpty() ? "_" : b.toString();
    }

    private String unique(String name) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) candidate = name + "$" + i;
        return candidate;
    }
}
