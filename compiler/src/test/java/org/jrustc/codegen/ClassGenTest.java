package org.jrustc.codegen;

import static org.jrustc.codegen.MirFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.MirProgram;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.IntKind;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Hand-written MIR programs, generated, verified, run, and checked against what rustc's binaries do. */
class ClassGenTest {

    /** {@code struct Noisy { id: i32 }} whose Drop prints {@code drop ID}. */
    private record Noisy(StructDef def, Ty ty, MirBody dropBody) {
        static Noisy make() {
            StructDef def = new StructDef("Noisy", StructDef.Shape.NAMED, NO_SPAN);
            Ty ty = new Ty.Adt(def);
            def.fields().add(new StructDef.Field("id", I32, NO_SPAN));
            Body drop = new Body("<Noisy as Drop>::drop", UNIT, refMut(ty));
            drop.block(ret(), println("drop ", copy(drop.place(1).deref(ty).field(def, 0))));
            def.setDropFn(drop.sig());
            return new Noisy(def, ty, drop.build());
        }

        Place id(Place p) { return p.field(def, 0); }
    }

    private static MirProgram program(Body main, Object... more) {
        List<MirBody> bodies = new ArrayList<>();
        bodies.add(main.build());
        List<StructDef> structs = new ArrayList<>();
        for (Object o : more) {
            if (o instanceof Body b) bodies.add(b.build());
            if (o instanceof Noisy n) {
                bodies.add(n.dropBody());
                structs.add(n.def());
            }
            if (o instanceof StructDef s) structs.add(s);
        }
        return new MirProgram("t.rs", bodies, structs, main.sig());
    }

    /** {@code fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }}. */
    private static Body fib() {
        Body fib = new Body("fib", U64, U64);
        int cond = fib.temp(Ty.BOOL);
        int a1 = fib.temp(U64);
        int r1 = fib.temp(U64);
        int a2 = fib.temp(U64);
        int r2 = fib.temp(U64);
        Place n = fib.place(1);
        fib.block(new Terminator.SwitchBool(copy(fib.place(cond)), 1, 2, NO_SPAN),
                        assign(fib.place(cond), binary(BinOp.LT, copy(n), konst(2, U64), null)))
                .block(ret(), assign(fib.place(0), use(copy(n))))
                .block(call(fib.sig(), fib.place(r1), 3, -1, copy(fib.place(a1))),
                        assign(fib.place(a1), binary(BinOp.SUB, copy(n), konst(1, U64), "t.rs:1:50")))
                .block(call(fib.sig(), fib.place(r2), 4, -1, copy(fib.place(a2))),
                        assign(fib.place(a2), binary(BinOp.SUB, copy(n), konst(2, U64), "t.rs:1:62")))
                .block(ret(), assign(fib.place(0), binary(BinOp.ADD, copy(fib.place(r1)), copy(fib.place(r2)), "t.rs:1:45")));
        return fib;
    }

    @Test
    void recursiveFib() {
        Body fib = fib();
        Body main = new Body("main", UNIT);
        int r = main.memory("r", U64);
        main.block(call(fib.sig(), main.place(r), 1, -1, konst(20, U64)))
                .block(ret(), println("fib = ", copy(main.place(r))));
        GeneratedRun run = GeneratedRun.run(program(main, fib));
        assertEquals(new GeneratedRun(0, "fib = 6765\n", ""), run);
    }

    @Test
    void programsRunConcurrentlyOnSeparateMachines() throws Exception {
        Body fib = fib();
        Body main = new Body("main", UNIT);
        int r = main.memory("r", U64);
        main.block(call(fib.sig(), main.place(r), 1, -1, konst(22, U64)))
                .block(ret(), println(copy(main.place(r))));
        GeneratedProgram generated = GeneratedRun.generateVerified(program(main, fib), null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<GeneratedRun>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) runs.add(pool.submit(() -> GeneratedRun.execute(generated)));
            for (var run : runs) assertEquals(new GeneratedRun(0, "17711\n", ""), run.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void boxAndStructDropsRunInOrder() {
        Noisy noisy = Noisy.make();
        Body main = new Body("main", UNIT);
        int a = main.memory("a", noisy.ty());
        int b = main.memory("b", boxed(noisy.ty()));
        int n = main.memory("n", boxed(I32));
        int t = main.temp(boxed(noisy.ty()));
        Place bId = noisy.id(main.place(b).deref(noisy.ty()));
        main.block(drop(main.place(b), 1, -1),
                        assign(noisy.id(main.place(a)), use(konst(1, I32))),
                        assign(main.place(t), new Rvalue.HeapAlloc(noisy.ty())),
                        assign(noisy.id(main.place(t).deref(noisy.ty())), use(konst(2, I32))),
                        assign(main.place(b), use(move(main.place(t)))),
                        assign(main.place(n), new Rvalue.HeapAlloc(I32)),
                        assign(main.place(n).deref(I32), use(konst(-5, I32))),
                        println("b.id = ", copy(bId), ", n = ", copy(main.place(n)), " ", new Dbg(copy(main.place(n)))))
                .block(drop(main.place(n), 2, -1))
                .block(drop(main.place(a), 3, -1))
                .block(ret());
        GeneratedRun run = GeneratedRun.run(program(main, noisy));
        assertEquals(new GeneratedRun(0, "b.id = 2, n = -5 -5\ndrop 2\ndrop 1\n", ""), run);
    }

    @Test
    void structDropRunsUserDropThenFieldsAndBoxContentThenFree() {
        Noisy noisy = Noisy.make();
        // struct Holder { inner: Box<Noisy>, pair: (Noisy, Noisy) } with a Drop that prints "drop holder"
        StructDef holder = new StructDef("Holder", StructDef.Shape.NAMED, NO_SPAN);
        Ty holderTy = new Ty.Adt(holder);
        List<Ty> pairTypes = List.of(noisy.ty(), noisy.ty());
        holder.fields().add(new StructDef.Field("inner", boxed(noisy.ty()), NO_SPAN));
        holder.fields().add(new StructDef.Field("pair", new Ty.Tuple(pairTypes), NO_SPAN));
        Body holderDrop = new Body("<Holder as Drop>::drop", UNIT, refMut(holderTy));
        holderDrop.block(ret(), println("drop holder ",
                copy(noisy.id(holderDrop.place(1).deref(holderTy).field(holder, 0).deref(noisy.ty())))));
        holder.setDropFn(holderDrop.sig());

        Body main = new Body("main", UNIT);
        int h = main.memory("h", holderTy);
        Place inner = main.place(h).field(holder, 0);
        Place pair = main.place(h).field(holder, 1);
        main.block(drop(main.place(h), 1, -1),
                        assign(inner, new Rvalue.HeapAlloc(noisy.ty())),
                        assign(noisy.id(inner.deref(noisy.ty())), use(konst(5, I32))),
                        assign(noisy.id(pair.tupleField(pairTypes, 0)), use(konst(6, I32))),
                        assign(noisy.id(pair.tupleField(pairTypes, 1)), use(konst(7, I32))))
                .block(ret());
        GeneratedRun run = GeneratedRun.run(program(main, noisy, holderDrop, holder));
        assertEquals(new GeneratedRun(0, "drop holder 5\ndrop 5\ndrop 6\ndrop 7\n", ""), run);
    }

    @Test
    void oneCellTemporaryNeedingDropGetsACellForItsDrop() {
        Noisy noisy = Noisy.make();
        Body main = new Body("main", UNIT);
        int before = main.memory("before", I32);
        int t = main.temp(noisy.ty());
        main.block(drop(main.place(t), 1, -1), assign(noisy.id(main.place(t)), use(konst(9, I32))))
                .block(ret(), assign(main.place(before), use(konst(1, I32))), println("after"));
        assertEquals(new GeneratedRun(0, "drop 9\nafter\n", ""), GeneratedRun.run(program(main, noisy)));
    }

    @Test
    void overflowPanicUnwindsThroughCleanupBlock() {
        Noisy noisy = Noisy.make();
        Body main = new Body("main", UNIT);
        int a = main.memory("_a", noisy.ty());
        int x = main.memory("x", I32);
        int y = main.memory("y", I32);
        main.blockUnwinding(3, jump(1),
                        assign(noisy.id(main.place(a)), use(konst(7, I32))),
                        assign(main.place(x), use(konst(Integer.MAX_VALUE, I32))),
                        assign(main.place(y), binary(BinOp.ADD, copy(main.place(x)), konst(1, I32), "t.rs:3:13")),
                        println("unreached ", copy(main.place(y))))
                .block(drop(main.place(a), 2, -1))
                .block(ret())
                .cleanupBlock(drop(main.place(a), 4, -1))
                .cleanupBlock(resume());
        GeneratedRun run = GeneratedRun.run(program(main, noisy));
        assertEquals(101, run.exit());
        assertEquals("drop 7\n", run.out());
        assertTrue(run.err().matches("(?s)\nthread 'main' \\(\\d+\\) panicked at t\\.rs:3:13:\n"
                + "attempt to add with overflow\n"
                + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"), run.err());
    }

    @Test
    void panicInCalleeUnwindsEveryFrameInnermostFirst() {
        Noisy noisy = Noisy.make();
        Body inner = new Body("inner", UNIT);
        int l = inner.memory("_l", noisy.ty());
        inner.blockUnwinding(1, new Terminator.Panic(fmt("boom ", konst(42, I32), " ", new Dbg(str("q\""))), "t.rs:2:5", NO_SPAN),
                        assign(noisy.id(inner.place(l)), use(konst(3, I32))))
                .cleanupBlock(drop(inner.place(l), 2, -1))
                .cleanupBlock(resume());
        Body main = new Body("main", UNIT);
        int a = main.memory("_a", noisy.ty());
        main.block(call(inner.sig(), null, 1, 3), assign(noisy.id(main.place(a)), use(konst(1, I32))),
                        print(false, false, "unterminated "))
                .block(drop(main.place(a), 2, -1))
                .block(ret())
                .cleanupBlock(drop(main.place(a), 4, -1))
                .cleanupBlock(resume());
        GeneratedRun run = GeneratedRun.run(program(main, inner, noisy));
        assertEquals(101, run.exit());
        assertEquals("unterminated drop 3\ndrop 1\n", run.out());
        assertTrue(run.err().contains(" panicked at t.rs:2:5:\nboom 42 \"q\\\"\"\n"), run.err());
    }

    @Test
    void structsTravelByAddressAndComeBackThroughSret() {
        StructDef point = new StructDef("Point", StructDef.Shape.NAMED, NO_SPAN);
        Ty pointTy = new Ty.Adt(point);
        point.fields().add(new StructDef.Field("x", I64, NO_SPAN));
        point.fields().add(new StructDef.Field("y", I64, NO_SPAN));

        Body make = new Body("Point::new", pointTy, I64, I64);
        make.block(ret(), assign(make.place(0).field(point, 0), use(copy(make.place(1)))),
                assign(make.place(0).field(point, 1), use(copy(make.place(2)))));
        Body swap = new Body("Point::swapped", pointTy, ref(pointTy));
        Place self = swap.place(1).deref(pointTy);
        swap.block(ret(), assign(swap.place(0).field(point, 0), use(copy(self.field(point, 1)))),
                assign(swap.place(0).field(point, 1), use(copy(self.field(point, 0)))));
        Body sum = new Body("sum", I64, pointTy);
        sum.block(ret(), assign(sum.place(0), binary(BinOp.ADD, copy(sum.place(1).field(point, 0)),
                copy(sum.place(1).field(point, 1)), "t.rs:9:5")));

        Body main = new Body("main", UNIT);
        int p = main.memory("p", pointTy);
        int q = main.memory("q", pointTy);
        int s = main.memory("s", I64);
        int r = main.temp(ref(pointTy));
        main.block(call(make.sig(), main.place(p), 1, -1, konst(3, I64), konst(40, I64)))
                .block(call(swap.sig(), main.place(q), 2, -1, copy(main.place(r))), assign(main.place(r), new Rvalue.Ref(false, main.place(p))))
                .block(call(sum.sig(), main.place(s), 3, -1, copy(main.place(q))))
                .block(ret(), println(copy(main.place(s)), " ", copy(main.place(q).field(point, 0)), " ",
                        copy(main.place(p).field(point, 0))));
        GeneratedRun run = GeneratedRun.run(program(main, make, swap, sum, point));
        assertEquals(new GeneratedRun(0, "43 40 3\n", ""), run);
    }

    @Test
    void printsStrCharIntegersAndTuplesLikeRust() {
        Ty u8 = ty(IntKind.U8);
        Ty i8 = ty(IntKind.I8);
        List<Ty> tupleTypes = List.of(I32, Ty.STATIC_STR);
        Body main = new Body("main", UNIT);
        int msg = main.memory("msg", Ty.STATIC_STR);
        int msgRef = main.memory("msg_ref", ref(Ty.STATIC_STR));
        int reborrow = main.memory("reborrow", Ty.STATIC_STR);
        int big = main.memory("big", U64);
        int byteVal = main.memory("b", u8);
        int c = main.memory("c", Ty.CHAR);
        int small = main.memory("small", i8);
        int tuple = main.memory("t", new Ty.Tuple(tupleTypes));
        int flag = main.memory("flag", Ty.BOOL);
        main.block(ret(),
                assign(main.place(msg), use(str("héllo \"w\"\t'"))),
                assign(main.place(msgRef), new Rvalue.Ref(false, main.place(msg))),
                assign(main.place(reborrow), new Rvalue.Ref(false, main.place(msg).deref(Ty.STR))),
                assign(main.place(big), use(konst(-1, U64))),
                assign(main.place(byteVal), new Rvalue.Cast(konst(-1, I32), u8)),
                assign(main.place(c), new Rvalue.Cast(copy(main.place(byteVal)), Ty.CHAR)),
                assign(main.place(small), new Rvalue.Cast(konst(300, I32), i8)),
                assign(main.place(tuple).tupleField(tupleTypes, 0), use(konst(5, I32))),
                assign(main.place(tuple).tupleField(tupleTypes, 1), use(str("x"))),
                assign(main.place(flag), binary(BinOp.GT, copy(main.place(big)), konst(1, U64), null)),
                println(copy(main.place(msg)), "|", new Dbg(copy(main.place(msgRef))), "|", copy(main.place(reborrow))),
                println(copy(main.place(big)), " ", copy(main.place(byteVal)), " ", copy(main.place(c)), " ",
                        new Dbg(copy(main.place(c))), " ", copy(main.place(small)), " ", copy(main.place(flag))),
                println(new Dbg(copy(main.place(tuple))), " ", new Dbg(konst('\'', Ty.CHAR)), " ",
                        new Dbg(konst('\n', Ty.CHAR)), " ", konst(-1, U64)));
        GeneratedRun run = GeneratedRun.run(program(main));
        assertEquals(new GeneratedRun(0, "héllo \"w\"\t'|\"héllo \\\"w\\\"\\t'\"|héllo \"w\"\t'\n"
                + "18446744073709551615 255 ÿ 'ÿ' 44 true\n"
                + "(5, \"x\") '\\'' '\\n' 18446744073709551615\n", ""), run);
    }

    @Test
    void stringsAndReferencesCompareByContent() {
        Ty str = Ty.STATIC_STR;
        Body main = new Body("main", UNIT);
        int s = main.memory("s", str);
        int u = main.memory("u", str);
        int x = main.memory("x", I32);
        int y = main.memory("y", I32);
        int rs = main.memory("rs", ref(str));
        int ru = main.memory("ru", ref(str));
        int rx = main.temp(ref(I32));
        int ry = main.temp(ref(I32));
        int[] results = new int[6];
        for (int i = 0; i < results.length; i++) results[i] = main.temp(Ty.BOOL);
        main.block(ret(),
                assign(main.place(s), use(str("apple"))),
                assign(main.place(u), use(str("apricot"))),
                assign(main.place(x), use(konst(5, I32))),
                assign(main.place(y), use(konst(5, I32))),
                assign(main.place(rs), new Rvalue.Ref(false, main.place(s))),
                assign(main.place(ru), new Rvalue.Ref(false, main.place(u))),
                assign(main.place(rx), new Rvalue.Ref(false, main.place(x))),
                assign(main.place(ry), new Rvalue.Ref(false, main.place(y))),
                assign(main.place(results[0]), binary(BinOp.EQ, copy(main.place(s)), str("apple"), null)),
                assign(main.place(results[1]), binary(BinOp.LT, copy(main.place(s)), copy(main.place(u)), null)),
                assign(main.place(results[2]), binary(BinOp.NE, copy(main.place(s)), str("apple pie"), null)),
                assign(main.place(results[3]), binary(BinOp.EQ, copy(main.place(rx)), copy(main.place(ry)), null)),
                assign(main.place(results[4]), binary(BinOp.GT, copy(main.place(rs)), copy(main.place(ru)), null)),
                assign(main.place(results[5]), binary(BinOp.GE, str("b"), copy(main.place(u)), null)),
                println(copy(main.place(results[0])), " ", copy(main.place(results[1])), " ", copy(main.place(results[2])),
                        " ", copy(main.place(results[3])), " ", copy(main.place(results[4])), " ",
                        copy(main.place(results[5]))));
        assertEquals(new GeneratedRun(0, "true true true true false true\n", ""), GeneratedRun.run(program(main)));
    }

    /** {@code fn depth(n: u64) -> u64 { if n == 0 { 0 } else { 1 + depth(n - 1) } }}, called with n. */
    private static MirProgram recursion(long n) {
        Body depth = new Body("depth", U64, U64);
        int cond = depth.temp(Ty.BOOL);
        int arg = depth.temp(U64);
        int result = depth.temp(U64);
        depth.block(new Terminator.SwitchBool(copy(depth.place(cond)), 1, 2, NO_SPAN),
                        assign(depth.place(cond), binary(BinOp.EQ, copy(depth.place(1)), konst(0, U64), null)))
                .block(ret(), assign(depth.place(0), use(konst(0, U64))))
                .block(call(depth.sig(), depth.place(result), 3, -1, copy(depth.place(arg))),
                        assign(depth.place(arg), binary(BinOp.SUB, copy(depth.place(1)), konst(1, U64), "t.rs:1:60")))
                .block(ret(), assign(depth.place(0), binary(BinOp.ADD, konst(1, U64), copy(depth.place(result)), "t.rs:1:50")));
        Body main = new Body("main", UNIT);
        int r = main.memory("r", U64);
        main.block(call(depth.sig(), main.place(r), 1, -1, konst(n, U64)), print(false, false, "lost if aborted"))
                .block(ret(), println(copy(main.place(r))));
        return program(main, depth);
    }

    @Test
    void recursionHundredThousandDeepWorks() {
        assertEquals(new GeneratedRun(0, "lost if aborted100000\n", ""), GeneratedRun.run(recursion(100_000)));
    }

    @Test
    void tooDeepRecursionOverflowsTheCellStackLikeRustc() {
        GeneratedRun run = GeneratedRun.run(recursion(5_000_000));
        assertEquals(134, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().matches("\nthread 'main' \\(\\d+\\) has overflowed its stack\n"
                + "fatal runtime error: stack overflow, aborting\n"), run.err());
    }

    @Test
    void dropFlagsDecideAtRunTime() {
        Noisy noisy = Noisy.make();
        Body consume = new Body("consume", UNIT, noisy.ty());
        consume.block(drop(consume.place(1), 1, -1)).block(ret());
        // fn run(f: bool) { let a = Noisy(1); let b = Noisy(2); if f { consume(a); } println!("end {}", f); }
        Body run = new Body("run", UNIT, Ty.BOOL);
        int a = run.memory("a", noisy.ty());
        int b = run.memory("b", noisy.ty());
        int flagA = run.temp(Ty.BOOL); // drop flags are bool locals
        run.block(new Terminator.SwitchBool(copy(run.place(1)), 1, 2, NO_SPAN),
                        assign(run.place(flagA), use(konst(0, Ty.BOOL))),
                        assign(noisy.id(run.place(a)), use(konst(1, I32))), assign(run.place(flagA), use(konst(1, Ty.BOOL))),
                        assign(noisy.id(run.place(b)), use(konst(2, I32))))
                .block(call(consume.sig(), null, 2, -1, move(run.place(a))), assign(run.place(flagA), use(konst(0, Ty.BOOL))))
                .block(drop(run.place(b), 3, -1), println("end ", copy(run.place(1))))
                .block(new Terminator.SwitchBool(copy(run.place(flagA)), 4, 5, NO_SPAN))
                .block(drop(run.place(a), 5, -1))
                .block(ret());
        Body main = new Body("main", UNIT);
        main.block(call(run.sig(), null, 1, -1, konst(1, Ty.BOOL)))
                .block(call(run.sig(), null, 2, -1, konst(0, Ty.BOOL)))
                .block(ret());
        GeneratedRun result = GeneratedRun.run(program(main, run, consume, noisy));
        assertEquals(new GeneratedRun(0, "drop 1\nend true\ndrop 2\nend false\ndrop 2\ndrop 1\n", ""), result);
    }

    @Test
    void panicInDropDuringUnwindingAborts() {
        StructDef bomb = new StructDef("Bomb", StructDef.Shape.UNIT, NO_SPAN);
        Ty bombTy = new Ty.Adt(bomb);
        Body bombDrop = new Body("<Bomb as Drop>::drop", UNIT, refMut(bombTy));
        bombDrop.block(new Terminator.Panic(fmt("in drop"), "t.rs:2:9", NO_SPAN), println("dropping bomb"));
        bomb.setDropFn(bombDrop.sig());
        Body main = new Body("main", UNIT);
        int b = main.memory("_b", bombTy);
        main.blockUnwinding(1, new Terminator.Panic(fmt("first"), "t.rs:5:5", NO_SPAN), println("before"))
                .cleanupBlock(drop(main.place(b), 2, -1))
                .cleanupBlock(resume());
        GeneratedRun run = GeneratedRun.run(program(main, bombDrop, bomb));
        assertEquals(134, run.exit());
        assertEquals("before\ndropping bomb\n", run.out());
        assertTrue(run.err().contains("panicked at t.rs:5:5:\nfirst\nnote: run with"), run.err());
        assertTrue(run.err().contains("panicked at t.rs:2:9:\nin drop\n"), run.err());
        assertTrue(run.err().endsWith(":\npanic in a destructor during cleanup\nthread caused non-unwinding panic. aborting.\n"),
                run.err());
    }

    @Test
    void divisionByZeroPanicsWithRustcMessage() {
        Body main = new Body("main", UNIT);
        int x = main.memory("x", I32);
        int zero = main.memory("zero", I32);
        main.block(ret(), assign(main.place(zero), use(konst(0, I32))),
                assign(main.place(x), binary(BinOp.DIV, konst(7, I32), copy(main.place(zero)), "t.rs:4:13")));
        GeneratedRun run = GeneratedRun.run(program(main));
        assertEquals(101, run.exit());
        assertTrue(run.err().contains("panicked at t.rs:4:13:\nattempt to divide by zero\n"), run.err());
    }

    @Test
    void useAfterFreeIsReportedAsAnInternalErrorNotReadAsGarbage() {
        Body main = new Body("main", UNIT);
        int b = main.memory("b", boxed(I32));
        int x = main.memory("x", I32);
        main.block(ret(),
                assign(main.place(b), new Rvalue.HeapAlloc(I32)),
                assign(main.place(b).deref(I32), use(konst(1, I32))),
                new Statement.FreeBox(main.place(b), NO_SPAN),
                assign(main.place(x), use(copy(main.place(b).deref(I32)))));
        GeneratedRun run = GeneratedRun.run(program(main));
        assertEquals(70, run.exit());
        assertTrue(run.err().startsWith("error: internal error in jrustc runtime: load from address "
                + "1073741823 = (2^30) - 1, which is neither a live stack cell, a live heap cell nor static data"), run.err());
        assertTrue(run.err().contains("(in rust.Program.main(t.rs)"), run.err());
    }

    @Test
    void classCarriesSourceFileAndLineNumbers() {
        SourceFile source = new SourceFile("src/demo.rs", "fn main() {\n    let x = 1;\n    println!(\"{}\", x);\n}\n");
        Body main = new Body("main", UNIT);
        int x = main.memory("x", I32);
        main.block(ret(), assign(main.place(x), use(konst(1, I32)), new Span(16, 25)),
                new Statement.Print(false, fmt(copy(main.place(x))), true, new Span(31, 48)));
        GeneratedProgram generated = GeneratedRun.generateVerified(program(main), source);
        List<Integer> lines = new ArrayList<>();
        String[] file = new String[1];
        new ClassReader(generated.classes().get(ClassGen.CLASS_NAME)).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitSource(String name, String debug) { file[0] = name; }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!name.equals("main") || !descriptor.startsWith("(Lorg")) return null;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLineNumber(int line, Label start) { lines.add(line); }
                };
            }
        }, 0);
        assertEquals("demo.rs", file[0]);
        assertEquals(List.of(2, 3), lines);
        assertEquals(new GeneratedRun(0, "1\n", ""), GeneratedRun.execute(generated));
    }
}
