/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import podium.lang.tools.WorkspaceModel;
import podium.model.query.ModelIndex;
import podium.reports.ParameterChoices;
import podium.reports.Parameters;
import podium.reports.ReportDescriptor;
import podium.reports.ReportOutcome;
import podium.reports.ReportRunner;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;

/**
 * Loads the workspace and runs reports in background jobs, never on the UI thread. The workspace is
 * loaded once per folder and change (the stamp the window counts up when a file is saved or edited)
 * and shared by the reports that run on it; each report runs isolated with its time limit, so a
 * hanging one holds up no other.
 */
public final class ReportRuns {

    /**
     * What to run.
     *
     * @param texts the unsaved text of plan editors by file, read instead of the disk
     * @param stamp the window's count of workspace changes: a new one loads the workspace again
     */
    public record Request(ReportDescriptor report, ParameterChoices choices, Path folder, Map<Path, String> texts, long stamp) {
    }

    /** What a run gave, with the model it ran on (rows open their elements in it). */
    public record Result(Request request, WorkspaceModel workspace, ModelIndex model, ReportParameters parameters,
            ReportOutcome outcome) {
    }

    private final ReportRunner runner = new ReportRunner();
    private WorkspaceModel workspace;
    private Path loadedFolder;
    private long loadedStamp = -1;

    /** Runs {@code request} in a job; {@code done} receives the result on the job's thread. */
    Job run(Request request, Consumer<Result> done) {
        Job job = Job.create(NLS.bind(Messages.ReportRuns_job, request.report().label()), monitor -> {
            Result result;
            try {
                result = produce(request);
            } catch (RuntimeException | LinkageError e) {
                // the workspace could not be read: said in the report's place, the details in the log
                String message = NLS.bind(Messages.ReportRuns_failed, request.folder(), e.getClass().getSimpleName());
                ILog.of(ReportRuns.class).error(message, e);
                result = new Result(request, null, null, null, new ReportOutcome.Failed(request.report(), message, false, e));
            }
            done.accept(result);
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
        return job;
    }

    private Result produce(Request request) {
        WorkspaceModel loaded = workspace(request);
        ModelIndex model = ModelIndex.of(loaded.resourceSet());
        ReportInput input = new ReportInput(model, loaded.folder(), loaded.problems(), loaded::locate);
        try {
            ReportParameters parameters = Parameters.resolve(model, request.report(), request.choices());
            return new Result(request, loaded, model, parameters, runner.run(request.report(), input, parameters));
        } catch (ReportException e) {
            return new Result(request, loaded, model, null,
                    new ReportOutcome.Failed(request.report(), e.getMessage(), false, e));
        }
    }

    /** The workspace of the request, loaded again only when its folder or stamp changed. */
    private synchronized WorkspaceModel workspace(Request request) {
        if (workspace == null || !request.folder().equals(loadedFolder) || request.stamp() != loadedStamp) {
            WorkspaceModel loaded = WorkspaceModel.load(request.folder(), request.texts());
            // resolved once here, so that reports running side by side only read the model
            EcoreUtil.resolveAll(loaded.resourceSet());
            workspace = loaded;
            loadedFolder = request.folder();
            loadedStamp = request.stamp();
        }
        return workspace;
    }
}
