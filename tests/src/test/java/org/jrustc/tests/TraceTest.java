package org.jrustc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jrustc.codegen.CodegenOptions;
import org.jrustc.codegen.GeneratedProgram;
import org.jrustc.runtime.Machine;
import org.jrustc.runtime.trace.TraceFormat;
import org.jrustc.runtime.trace.TraceOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The memory trace (docs/TRACE.md) of every {@code tests/trace/**}{@code /NAME.rs}:
 * <ul>
 * <li>{@code NAME.trace} is exactly what {@code jrustc run --trace} prints, and the program's stdout,
 *     exit code and stderr are still rustc's ({@code NAME.stdout} …, from {@code tests/bless});</li>
 * <li>{@code NAME.tables}, the chapter's own tables for that program (from
 *     {@code chapter/extract-tables}), appear in the trace in the chapter's order, and for the
 *     chapter's complex example they are the whole trace;</li>
 * <li>the JSON trace says the same as the text trace, cell by cell;</li>
 * <li>code compiled without {@code --trace} contains no call into the tracer;</li>
 * <li>tracing changes nothing a program does.</li>
 * </ul>
 */
class TraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> goldenTraces() {
        return Corpus.tests(programs(), program -> () -> {
            Traced run = runTraced(program, TraceFormat.TEXT, Machine.DEFAULT_MEMORY_SIZE);
            Programs.assertBehavesLikeRustc(program, run.run());
            String expected = Corpus.readString(Corpus.sibling(program, ".trace"));
            if (!expected.equals(run.trace())) {
                fail("the trace differs from " + Corpus.displayName(Corpus.sibling(program, ".trace"))
                        + " (tests/trace/bless-traces regenerates it: review its diff):\n"
                        + TextDiff.diff(expected, run.trace()));
            }
        });
    }

    /**
     * A traced program prints what it prints untraced, drops in the same order and panics the same
     * way: checked on the run-pass programs about memory (the others only add more of the same calls;
     * a few recurse so deep that their traces run to gigabytes).
     */
    @TestFactory
    Stream<DynamicTest> tracingChangesNothingTheProgramDoes() {
        List<Path> programs = Stream.of("box", "drop", "panic", "refs", "structs", "methods", "enums", "option", "traits",
                "match")
                .flatMap(topic -> Corpus.programs("tests/run-pass/" + topic).stream()).toList();
        return Corpus.tests(programs, program -> () -> Programs.assertBehavesLikeRustc(program,
                runTraced(program, TraceFormat.TEXT, Machine.DEFAULT_MEMORY_SIZE).run()));
    }

    @TestFactory
    Stream<DynamicTest> chapterTablesAppearInOrder() {
        List<Path> withTables = programs().stream().filter(p -> Files.exists(Corpus.sibling(p, ".tables"))).toList();
        assertTrue(withTables.size() >= 7, "the chapter's programs and the heap-holes program have .tables files");
        return Corpus.tests(withTables, program -> () -> {
            List<String> expected = tables(Corpus.readString(Corpus.sibling(program, ".tables")));
            List<String> printed = tables(withoutCaptions(runTraced(program, TraceFormat.TEXT,
                    Machine.DEFAULT_MEMORY_SIZE).trace()));
            int next = 0;
            for (String table : printed) if (next < expected.size() && table.equals(expected.get(next))) next++;
            if (next < expected.size()) {
                fail("the chapter's table " + (next + 1) + " of " + expected.size() + " is not printed (in order):\n"
                        + expected.get(next) + "\nthe trace printed:\n" + String.join("\n", printed));
            }
        });
    }

    @Test
    void complexExamplePrintsExactlyTheChaptersNineTables() {
        Path program = Corpus.root().resolve("tests/trace/chapter/06-complex.rs");
        String chapter = Corpus.readString(Corpus.sibling(program, ".tables"));
        assertEquals(9, tables(chapter).size(), "the chapter draws nine tables for its complex example");
        String printed = withoutCaptions(runTraced(program, TraceFormat.TEXT, Machine.DEFAULT_MEMORY_SIZE).trace());
        if (!chapter.equals(printed)) fail("not the chapter's nine tables:\n" + TextDiff.diff(chapter, printed));
    }

    /** The heap addresses count down from whatever memory size is given, as the chapter's count from 2^30. */
    @Test
    void heapAddressesFollowTheMemorySize() {
        Path program = Corpus.root().resolve("tests/trace/chapter/06-complex.rs");
        String default2to30 = runTraced(program, TraceFormat.TEXT, Machine.DEFAULT_MEMORY_SIZE).trace();
        assertEquals(default2to30.replace("(2^30)", "(2^20)"), runTraced(program, TraceFormat.TEXT, 1 << 20).trace());
        String decimal = runTraced(program, TraceFormat.TEXT, 100_000).trace();
        assertTrue(decimal.contains("\n99999 20\n") && decimal.contains("\n99998 5\n") && !decimal.contains("(2^"),
                decimal);
    }

    @TestFactory
    Stream<DynamicTest> jsonSaysWhatTheTextSays() {
        return Corpus.tests(programs(), program -> () -> {
            String text = runTraced(program, TraceFormat.TEXT, Machine.DEFAULT_MEMORY_SIZE).trace();
            String json = runTraced(program, TraceFormat.JSON, Machine.DEFAULT_MEMORY_SIZE).trace();
            StringBuilder fromJson = new StringBuilder();
            for (String line : json.split("\n")) fromJson.append(tableOf(JSON.readTree(line)));
            if (!text.contentEquals(fromJson)) {
                fail("the JSON trace, drawn as tables, differs from the text trace:\n"
                        + TextDiff.diff(text, fromJson.toString()));
            }
        });
    }

    /**
     * Draws one JSON snapshot as the text format would, from the numbers alone: addresses are
     * formatted here, not taken from the runtime, so the JSON's addresses and targets are checked.
     */
    private static String tableOf(JsonNode snapshot) {
        long memorySize = snapshot.get("memory_size").asLong();
        long stackCells = snapshot.get("stack_cells").asLong();
        StringBuilder sb = new StringBuilder("-- " + snapshot.get("caption").asText() + "\nAddress Name Value\n");
        JsonNode heap = snapshot.get("heap");
        if (!heap.isEmpty()) {
            long next = memorySize - 1;
            for (JsonNode block : heap) {
                long address = block.get("address").asLong();
                int size = block.get("size").asInt();
                assertEquals(size, block.get("cells").size(), "a block has one cell per cell of its size: " + block);
                for (; next >= address + size; next--) sb.append(address(next, memorySize, stackCells)).append('\n');
                List<JsonNode> cells = new ArrayList<>();
                block.get("cells").forEach(cells::add);
                for (int i = cells.size() - 1; i >= 0; i--) {
                    JsonNode cell = cells.get(i);
                    assertEquals(address + i, cell.get("address").asLong(), "heap cells are consecutive: " + block);
                    sb.append(address(address + i, memorySize, stackCells)).append(' ').append(value(cell, memorySize, stackCells)).append('\n');
                }
                JsonNode owner = block.get("owner");
                if (!owner.isNull()) assertOwns(snapshot, owner.get("address").asLong(), address);
                next = address - 1;
            }
            sb.append("... ... ...\n");
        }
        List<JsonNode> frames = new ArrayList<>();
        snapshot.get("frames").forEach(frames::add);
        for (int f = frames.size() - 1; f >= 0; f--) {
            List<JsonNode> cells = new ArrayList<>();
            frames.get(f).get("cells").forEach(cells::add);
            for (int i = cells.size() - 1; i >= 0; i--) {
                JsonNode cell = cells.get(i);
                assertTrue(cell.get("address").asLong() >= frames.get(f).get("base").asLong(), "a cell below its frame");
                sb.append(cell.get("address").asLong()).append(' ').append(cell.get("name").asText()).append(' ')
                        .append(value(cell, memorySize, stackCells)).append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    private static String value(JsonNode cell, long memorySize, long stackCells) {
        if (!cell.get("initialised").asBoolean()) return "??????";
        if (cell.has("target")) {
            String pointer = "→ " + address(cell.get("target").asLong(), memorySize, stackCells);
            assertEquals(pointer, cell.get("value").asText(), "a pointer's value is its target: " + cell);
            return pointer;
        }
        return cell.get("value").asText();
    }

    /** The owner of a heap block is a cell, in a frame or in another block, that points at it. */
    private static void assertOwns(JsonNode snapshot, long ownerAddress, long blockAddress) {
        List<JsonNode> cells = new ArrayList<>();
        snapshot.get("frames").forEach(f -> f.get("cells").forEach(cells::add));
        snapshot.get("heap").forEach(b -> b.get("cells").forEach(cells::add));
        boolean owns = cells.stream().anyMatch(c -> c.get("address").asLong() == ownerAddress
                && c.has("target") && c.get("target").asLong() == blockAddress && c.get("type").asText().startsWith("Box<"));
        assertTrue(owns, "the owner of the block at " + blockAddress + " is no Box pointing at it: " + snapshot);
    }

    /** Heap addresses (from the end of the stack up) count down from the top of memory. */
    private static String address(long address, long memorySize, long stackCells) {
        if (address >= 1L << 40) return "(2^40) + " + (address - (1L << 40));
        if (Long.bitCount(memorySize) == 1 && address >= stackCells) {
            int power = Long.numberOfTrailingZeros(memorySize);
            return address == memorySize ? "(2^" + power + ")" : "(2^" + power + ") - " + (memorySize - address);
        }
        return Long.toString(address);
    }

    /** Without --trace the generated code has no trace call and no trace table; with it, both. */
    @TestFactory
    Stream<DynamicTest> untracedCodeCallsNoTraceHook() {
        List<Path> programs = new ArrayList<>(programs());
        programs.addAll(Corpus.programs("tests/run-pass/drop"));
        return Corpus.tests(programs, program -> () -> {
            assertEquals(Set.of(), traceMembersUsed(Programs.compileOrFail(program)), "untraced code touches the trace");
            Set<String> traced = traceMembersUsed(Programs.compileOrFail(program, new CodegenOptions(true)));
            assertTrue(traced.containsAll(List.of("traceEnter", "traceTable")), "traced code reports nothing: " + traced);
        });
    }

    private static Set<String> traceMembersUsed(GeneratedProgram program) {
        Set<String> found = new TreeSet<>();
        for (byte[] bytes : program.classes().values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    if (name.startsWith("trace")) found.add(name);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                            if (callee.startsWith("trace") || callee.endsWith("Traced")) found.add(callee);
                        }
                    };
                }
            }, 0);
        }
        return found;
    }

    // ---- helpers ----

    private record Traced(Programs.Run run, String trace) {}

    private static List<Path> programs() {
        List<Path> programs = Corpus.programs("tests/trace");
        assertFalse(programs.isEmpty(), "no programs under tests/trace");
        return programs;
    }

    /** Compiles with --trace, verifies the classes, and runs with the trace going to a file of its own. */
    private Traced runTraced(Path program, TraceFormat format, long memorySize) {
        GeneratedProgram generated = Programs.compileOrFail(program, new CodegenOptions(true));
        Programs.verifyOrFail(generated);
        try {
            Path out = Files.createTempFile(work, "trace", "." + format.name().toLowerCase());
            Programs.Run run = Programs.runInProcess(generated, memorySize, new TraceOptions(format, out.toString()));
            return new Traced(run, Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(e);
        }
    }

    private static String withoutCaptions(String trace) {
        StringBuilder sb = new StringBuilder();
        trace.lines().filter(line -> !line.startsWith("-- ")).forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }

    /** The tables of a trace without captions: the blocks of lines that a blank line ends. */
    private static List<String> tables(String text) {
        return Arrays.stream(text.split("\n\n")).filter(t -> !t.isBlank()).map(t -> t.strip() + "\n").toList();
    }
}
