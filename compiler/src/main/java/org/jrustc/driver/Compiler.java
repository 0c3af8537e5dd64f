package org.jrustc.driver;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jrustc.borrowck.BorrowChecker;
import org.jrustc.codegen.ClassGen;
import org.jrustc.codegen.CodegenOptions;
import org.jrustc.codegen.GeneratedProgram;
import org.jrustc.codegen.JvmLimitExceeded;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.CompileError;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Unsupported;
import org.jrustc.drops.DropElaborator;
import org.jrustc.mir.MirProgram;
import org.jrustc.mir.build.MirBuilder;
import org.jrustc.resolve.Resolution;
import org.jrustc.resolve.Resolver;
import org.jrustc.syntax.Parser;
import org.jrustc.syntax.ast.Crate;
import org.jrustc.typeck.TypeChecker;
import org.jrustc.typeck.TypeTable;

/**
 * The pipeline as one chain of passes: syntax → resolve → typeck → MIR building → borrow checking
 * → drop elaboration → codegen. Each front-end pass reports into one {@link Diagnostics}; the chain stops after the
 * first pass that reported an error, so later passes only ever see well-formed input. Name
 * resolution and type checking run together, as in rustc: an unresolved name gets an unknown type
 * that does not cause further errors.
 */
public final class Compiler {
    private Compiler() {}

    /** Stack for the passes: they recurse over the tree, and a chain of thousands of `else if`s is deep. */
    private static final long COMPILER_STACK_BYTES = 1L << 30;

    public static Compilation compile(SourceFile source) {
        return compile(source, CodegenOptions.DEFAULT);
    }

    public static Compilation compile(SourceFile source, CodegenOptions options) {
        FutureTask<Compilation> task = new FutureTask<>(() -> runPasses(source, options));
        Thread thread = new Thread(null, task, "jrustc-compiler", COMPILER_STACK_BYTES);
        thread.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + source.path(), e);
        }
    }

    private static Compilation runPasses(SourceFile source, CodegenOptions options) {
        Diagnostics diags = new Diagnostics();
        try {
            Crate crate = Parser.parse(source, diags);
            if (crate == null || diags.hasErrors()) return failed(source, diags);
            crate = Prelude.addTo(crate);
            Resolution resolution = Resolver.resolve(crate, diags);
            TypeTable types = TypeChecker.check(resolution, diags);
            if (diags.hasErrors()) return failed(source, diags);
            MirProgram built = MirBuilder.build(types, source);
            BorrowChecker.check(built, diags);
            if (diags.hasErrors()) return failed(source, diags);
            MirProgram mir = DropElaborator.elaborate(built);
            GeneratedProgram program = ClassGen.generate(mir, source, options);
            return new Compilation(source, diags.all(), built, mir, program);
        } catch (CompileError e) {
            return failed(source, diags);
        } catch (JvmLimitExceeded e) {
            diags.report(Diagnostic.error(null, e.getMessage(), e.span(), "").withNote("note: " + e.note()));
            return failed(source, diags);
        }
    }

    /**
     * A failed compilation's diagnostics. When some Rust was refused as unsupported, only the
     * refusals: the passes went on without the refused construct, so the other errors may be
     * consequences of its absence (a trait refused makes every use of it E0405) and would mislead.
     */
    private static Compilation failed(SourceFile source, Diagnostics diags) {
        List<Diagnostic> refusals = diags.all().stream().filter(d -> d.message().endsWith(Unsupported.SUFFIX)).toList();
        return new Compilation(source, refusals.isEmpty() ? diags.all() : refusals, null, null, null);
    }
}
