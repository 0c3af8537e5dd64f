package org.jrustc.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.tree.MethodNode;

/**
 * The glue methods of one kind (drop, clone, Debug) that code asked for: a method name per key,
 * made on first use, and each method generated once, including those that generating others asks for.
 */
final class GlueMethods<K> {
    private final Map<K, String> names = new HashMap<>();
    private final Deque<K> pending = new ArrayDeque<>();
    private final Function<K, String> namer;

    GlueMethods(Function<K, String> namer) {
        this.namer = namer;
    }

    /** The method for {@code key}, to be generated if it is new. */
    String nameOf(K key) {
        return names.computeIfAbsent(key, k -> {
            pending.add(k);
            return namer.apply(k);
        });
    }

    void generatePending(ClassVisitor cv, BiFunction<K, String, MethodNode> generate) {
        while (!pending.isEmpty()) {
            K key = pending.poll();
            generate.apply(key, names.get(key)).accept(cv);
        }
    }
}
