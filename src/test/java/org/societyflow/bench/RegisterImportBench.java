package org.societyflow.bench;

import org.societyflow.onboarding.ImportPlan;
import org.societyflow.onboarding.RegisterImport;
import org.societyflow.onboarding.RegisterTemplate;
import org.societyflow.support.RegisterFiles;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Register import (issue 23): the preview and the import of a file of N valid societies into the register, each
 * timed once, the import beside the target (2,000 societies in 30 s), then the same file imported again.
 *
 * <p>Arguments: societies (default 2000), target in seconds (default 30).
 */
public final class RegisterImportBench {

    private RegisterImportBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        double targetSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        ConfigurableApplicationContext app = BenchApp.start();
        RegisterImport imports = app.getBean(RegisterImport.class);
        long built = System.nanoTime();
        byte[] file = RegisterFiles.fill(app.getBean(RegisterTemplate.class).bytes(),
                RegisterFiles.generated("bench", count));
        System.out.printf("file of %d societies: %d KB, written in %.1f s%n", count, file.length / 1024,
                (System.nanoTime() - built) / 1e9);

        long start = System.nanoTime();
        ImportPlan plan = imports.preview(file, BenchApp.AFFAIRS);
        long previewed = System.nanoTime();
        if (!plan.importable()) {
            app.close();
            throw new IllegalStateException("the generated file has problems: " + plan.problems().subList(0,
                    Math.min(5, plan.problems().size())));
        }
        RegisterImport.Outcome outcome = imports.importFile(file, BenchApp.AFFAIRS);
        long imported = System.nanoTime();
        RegisterImport.Outcome again = imports.importFile(file, BenchApp.AFFAIRS);
        long reimported = System.nanoTime();

        double seconds = (imported - previewed) / 1e9;
        System.out.printf("preview: %.1f s; import: %.1f s (%s); the same file again: %.1f s (%s)%n",
                (previewed - start) / 1e9, seconds, outcome, (reimported - imported) / 1e9, again);
        double target = targetSeconds * count / 2000;
        System.out.printf("import of %d societies: %.1f s, target %.0f s: %s%n", count, seconds, target,
                seconds <= target ? "PASS" : "FALLS SHORT");
        app.close();
    }
}
