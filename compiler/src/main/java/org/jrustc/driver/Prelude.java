package org.jrustc.driver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Span;
import org.jrustc.diag.SourceFile;
import org.jrustc.syntax.Parser;
import org.jrustc.syntax.ast.Crate;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.TypeExpr;

/**
 * The items every program sees without a {@code use}: {@code Option}, {@code Result} and their
 * methods, written in Rust in the stdlib module ({@code org/jrustc/stdlib/prelude.rs}) and compiled
 * with each program. A program's own item of the same name takes the place of the prelude's, as in
 * Rust. The prelude's spans start at {@link org.jrustc.diag.Span#PRELUDE_START}, beyond any program's text.
 */
final class Prelude {
    private Prelude() {}

    private static final String RESOURCE = "/org/jrustc/stdlib/prelude.rs";

    /** {@code program} with the prelude's items before its own. */
    static Crate addTo(Crate program) {
        Set<String> declared = new HashSet<>();
        for (Item item : program.items()) {
            if (item instanceof Item.TypeDef t) declared.add(t.name());
            if (item instanceof Item.Fn fn) declared.add(fn.name());
            if (item instanceof Item.Trait t) declared.add(t.name());
            if (item instanceof Item.Use use) use.imports().forEach(i -> declared.add(i.name()));
        }
        List<Item> items = new ArrayList<>();
        for (Item item : parsed().items()) {
            if (!shadowed(item, declared)) items.add(item);
        }
        items.addAll(program.items());
        if (mainReturnsValue(program)) items.addAll(parse(START, Span.PRELUDE_START / 2 * 3).items());
        return new Crate(List.copyOf(items));
    }

    /**
     * The function a program whose {@code main} returns a Result starts with: it turns the value into
     * the exit status. (The type checker knows the name too: it checks this start only for a Result it may report.)
     */
    static final String START_NAME = "__jrustc_start";
    private static final String START = "fn " + START_NAME + "() -> i32 { report_main_result(main()) }\n";

    private static boolean mainReturnsValue(Crate program) {
        return program.items().stream().anyMatch(i -> i instanceof Item.Fn fn && fn.name().equals("main") && fn.ret() != null
                && fn.ret() instanceof TypeExpr.Path p && p.last().equals("Result"));
    }

    private static boolean shadowed(Item item, Set<String> declared) {
        if (item instanceof Item.TypeDef t) return declared.contains(t.name());
        if (item instanceof Item.Impl impl) {
            return impl.selfType() instanceof TypeExpr.Path p && declared.contains(p.last());
        }
        if (item instanceof Item.Use use) {
            return use.imports().stream().anyMatch(i -> declared.contains(i.name()) || declared.contains(i.path().get(0)));
        }
        return false;
    }

    private static Crate parsed() {
        return parse(text(), Span.PRELUDE_START);
    }

    private static Crate parse(String text, int base) {
        Diagnostics diags = new Diagnostics();
        Crate crate = Parser.parse(new SourceFile("<prelude>", text), diags, base);
        if (crate == null || diags.hasErrors()) throw new IllegalStateException("jrustc's prelude does not parse: " + diags.all());
        return crate;
    }

    private static String text() {
        String text;
        try (InputStream in = Prelude.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("jrustc's prelude is missing: " + RESOURCE);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read jrustc's prelude", e);
        }
        return text;
    }
}
