/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import podium.core.Problem;
import podium.model.query.ModelIndex;

/**
 * The model a report is produced from: every element of the workspace (plan files, actuals,
 * imported speeches), the workspace folder, and the problems validation found in it, so that a
 * report on a plan with errors can say what it left out.
 *
 * @since 1.0
 */
public final class ReportInput {

    private final ModelIndex model;
    private final Path folder;
    private final List<Problem> problems;
    private final Function<EObject, String> locator;

    /**
     * @param model    the workspace's elements
     * @param folder   the workspace folder (user templates live there); null when reading single files
     * @param problems errors and warnings of the workspace, as {@code podium validate} reports them
     * @param locator  where an element is written, e.g. {@code plan.podium:12}, for omission notes
     */
    public ReportInput(ModelIndex model, Path folder, List<Problem> problems, Function<EObject, String> locator) {
        this.model = Objects.requireNonNull(model, "model");
        this.folder = folder;
        this.problems = List.copyOf(problems);
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    /** An input without folder, problems or locations (tests, benchmarks). */
    public static ReportInput of(ModelIndex model) {
        return new ReportInput(model, null, List.of(), e -> e.eClass().getName());
    }

    public ModelIndex model() {
        return model;
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Where {@code element} is written, for notes such as "plan.podium:12: target left out". */
    public String locate(EObject element) {
        return locator.apply(element);
    }
}
