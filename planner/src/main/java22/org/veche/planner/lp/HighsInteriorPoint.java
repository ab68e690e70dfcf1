package org.veche.planner.lp;

import com.google.ortools.Loader;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@link InteriorPoint} by HiGHS's C API, called through the Foreign Function and Memory API
 * (Java 22). The library is the one OR-Tools' native jar ships and loads as a dependency of its
 * own ({@code libhighs.so.1}, HiGHS 1.12), found by its name once OR-Tools' natives are loaded;
 * each solve makes its own HiGHS instance and frees it.
 */
final class HighsInteriorPoint implements InteriorPoint {

    /** HiGHS's {@code kHighsMatrixFormatRowwise}, {@code kHighsObjSenseMaximize} and {@code ...Minimize}. */
    private static final int ROWWISE = 2;
    private static final int MAXIMIZE = -1;
    private static final int MINIMIZE = 1;
    /** {@code kHighsStatusError}; {@code kHighsModelStatusOptimal}; {@code kHighsSolutionStatusNone}. */
    private static final int ERROR = -1;
    private static final int OPTIMAL = 7;
    private static final int NO_SOLUTION = 0;
    /** Names of HiGHS's model statuses by number (HighsModelStatus), for logs. */
    private static final List<String> MODEL_STATUS = List.of("not set", "load error", "model error",
            "presolve error", "solve error", "postsolve error", "model empty", "optimal", "infeasible",
            "unbounded or infeasible", "unbounded", "objective bound", "objective target", "time limit",
            "iteration limit", "unknown", "solution limit", "interrupt", "memory limit");
    /** {@code kCallbackIpmInterrupt}: the callback IPX makes between the inner iterations of its linear solves. */
    private static final int IPM_INTERRUPT = 2;
    /**
     * HiGHS's C callback: {@code void (int type, const char* message, const HighsCallbackDataOut*,
     * HighsCallbackDataIn*, void*)}.
     */
    private static final FunctionDescriptor CALLBACK = FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, ADDRESS, ADDRESS,
            ADDRESS);
    private static final MethodHandle INTERRUPT;

    static {
        try {
            INTERRUPT = MethodHandles.lookup().findStatic(HighsInteriorPoint.class, "interrupt",
                    MethodType.methodType(void.class, BooleanSupplier.class, int.class, MemorySegment.class,
                            MemorySegment.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private static final List<String> LIBRARY_NAMES = List.of("libhighs.so.1", "libhighs.so", "libhighs.1.dylib",
            "libhighs.dylib", "highs.dll");

    private final MethodHandle create;
    private final MethodHandle destroy;
    private final MethodHandle passLp;
    private final MethodHandle setString;
    private final MethodHandle setBool;
    private final MethodHandle setDouble;
    private final MethodHandle setInt;
    private final MethodHandle run;
    private final MethodHandle modelStatus;
    private final MethodHandle solution;
    private final MethodHandle intInfo;
    private final MethodHandle setCallback;
    private final MethodHandle startCallback;
    private final String version;

    HighsInteriorPoint() throws Throwable {
        Loader.loadNativeLibraries(); // loads libhighs as a dependency of OR-Tools' own library
        SymbolLookup lookup = library();
        Linker linker = Linker.nativeLinker();
        create = handle(linker, lookup, "Highs_create", FunctionDescriptor.of(ADDRESS));
        destroy = handle(linker, lookup, "Highs_destroy", FunctionDescriptor.ofVoid(ADDRESS));
        passLp = handle(linker, lookup, "Highs_passLp", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_DOUBLE, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS,
                ADDRESS, ADDRESS));
        setString = handle(linker, lookup, "Highs_setStringOptionValue",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        setBool = handle(linker, lookup, "Highs_setBoolOptionValue",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        setDouble = handle(linker, lookup, "Highs_setDoubleOptionValue",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_DOUBLE));
        setInt = handle(linker, lookup, "Highs_setIntOptionValue",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        run = handle(linker, lookup, "Highs_run", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        modelStatus = handle(linker, lookup, "Highs_getModelStatus", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        solution = handle(linker, lookup, "Highs_getSolution",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        intInfo = handle(linker, lookup, "Highs_getIntInfoValue",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        setCallback = handle(linker, lookup, "Highs_setCallback",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        startCallback = handle(linker, lookup, "Highs_startCallback",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        MethodHandle sizeOfInt = handle(linker, lookup, "Highs_getSizeofHighsInt", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        MethodHandle versionText = handle(linker, lookup, "Highs_version", FunctionDescriptor.of(ADDRESS));
        MemorySegment highs = (MemorySegment) create.invokeExact();
        try {
            int size = (int) sizeOfInt.invokeExact(highs);
            if (size != Integer.BYTES) {
                throw new IllegalStateException("this HiGHS counts in " + size + "-byte integers, not 4");
            }
        } finally {
            destroy.invokeExact(highs);
        }
        MemorySegment text = (MemorySegment) versionText.invokeExact();
        version = text.reinterpret(64).getString(0);
    }

    private static SymbolLookup library() {
        IllegalArgumentException last = null;
        for (String name : LIBRARY_NAMES) {
            try {
                return SymbolLookup.libraryLookup(name, Arena.global());
            } catch (IllegalArgumentException notFound) {
                last = notFound;
            }
        }
        throw new IllegalStateException("no HiGHS library among " + LIBRARY_NAMES, last);
    }

    private static MethodHandle handle(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = lookup.find(name)
                .orElseThrow(() -> new IllegalStateException("the HiGHS library has no " + name));
        return linker.downcallHandle(symbol, descriptor);
    }

    @Override
    public Optional<Point> solve(Lp lp, double seconds, int iterations, boolean log, BooleanSupplier interrupted) {
        try {
            return call(lp, seconds, iterations, log, interrupted);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("HiGHS failed: " + failure, failure);
        }
    }

    private Optional<Point> call(Lp lp, double seconds, int iterations, boolean log, BooleanSupplier interrupted)
            throws Throwable {
        int n = lp.columns();
        int m = lp.rows();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment highs = (MemorySegment) create.invokeExact();
            try {
                check((int) setBool.invokeExact(highs, arena.allocateFrom("output_flag"), log ? 1 : 0), "output_flag");
                option(arena, highs, "solver", "ipm");
                option(arena, highs, "presolve", "off");
                option(arena, highs, "run_crossover", "off");
                check((int) setDouble.invokeExact(highs, arena.allocateFrom("time_limit"), Math.max(0.01, seconds)),
                        "time_limit");
                if (iterations > 0) {
                    check((int) setInt.invokeExact(highs, arena.allocateFrom("ipm_iteration_limit"), iterations),
                            "ipm_iteration_limit");
                }
                int passed = (int) passLp.invokeExact(highs, n, m, lp.start()[m], ROWWISE,
                        lp.maximise() ? MAXIMIZE : MINIMIZE, lp.offset(),
                        arena.allocateFrom(JAVA_DOUBLE, lp.cost()), arena.allocateFrom(JAVA_DOUBLE, lp.lower()),
                        arena.allocateFrom(JAVA_DOUBLE, lp.upper()), arena.allocateFrom(JAVA_DOUBLE, lp.rowLower()),
                        arena.allocateFrom(JAVA_DOUBLE, lp.rowUpper()), arena.allocateFrom(JAVA_INT, lp.start()),
                        arena.allocateFrom(JAVA_INT, lp.index()), arena.allocateFrom(JAVA_DOUBLE, lp.value()));
                check(passed, "Highs_passLp");
                // Called back on this thread, inside Highs_run: the stub lives as long as the arena.
                MemorySegment callback = Linker.nativeLinker().upcallStub(INTERRUPT.bindTo(interrupted), CALLBACK,
                        arena);
                check((int) setCallback.invokeExact(highs, callback, MemorySegment.NULL), "Highs_setCallback");
                check((int) startCallback.invokeExact(highs, IPM_INTERRUPT), "Highs_startCallback");
                int ran = (int) run.invokeExact(highs);
                int status = (int) modelStatus.invokeExact(highs);
                MemorySegment info = arena.allocate(JAVA_INT);
                check((int) intInfo.invokeExact(highs, arena.allocateFrom("primal_solution_status"), info),
                        "primal_solution_status");
                String words = String.format(Locale.ROOT, "HiGHS %s %s (run %d)", version,
                        status >= 0 && status < MODEL_STATUS.size() ? MODEL_STATUS.get(status) : "status " + status, ran);
                if (ran == ERROR || info.get(JAVA_INT, 0) == NO_SOLUTION) {
                    return Optional.empty();
                }
                MemorySegment values = arena.allocate(JAVA_DOUBLE, n);
                MemorySegment rowDuals = arena.allocate(JAVA_DOUBLE, m);
                check((int) solution.invokeExact(highs, values, arena.allocate(JAVA_DOUBLE, n),
                        arena.allocate(JAVA_DOUBLE, m), rowDuals), "Highs_getSolution");
                return Optional.of(new Point(values.toArray(JAVA_DOUBLE), rowDuals.toArray(JAVA_DOUBLE),
                        status == OPTIMAL, words));
            } finally {
                destroy.invokeExact(highs);
            }
        }
    }

    /**
     * HiGHS's callback: sets {@code user_interrupt}, the first field of its {@code HighsCallbackDataIn},
     * when asked to stop. An exception must not escape an upcall (the JVM would end), so one from
     * {@code interrupted} stops IPX too.
     */
    private static void interrupt(BooleanSupplier interrupted, int type, MemorySegment message, MemorySegment out,
            MemorySegment in, MemorySegment data) {
        boolean stop;
        try {
            stop = type == IPM_INTERRUPT && interrupted.getAsBoolean();
        } catch (RuntimeException failure) {
            stop = true;
        }
        if (stop) {
            in.reinterpret(Integer.BYTES).set(JAVA_INT, 0, 1);
        }
    }

    private void option(Arena arena, MemorySegment highs, String name, String value) throws Throwable {
        check((int) setString.invokeExact(highs, arena.allocateFrom(name), arena.allocateFrom(value)), name);
    }

    private static void check(int status, String what) {
        if (status == ERROR) {
            throw new IllegalStateException("HiGHS refused " + what);
        }
    }
}
