/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributions;
import podium.core.io.AtomicFiles;
import podium.core.io.ReadOnlyTargetException;
import podium.reports.api.ExportContext;
import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.internal.Isolated;
import podium.reports.internal.Messages;

/**
 * Exports report data through a contributed format: the exporter runs isolated with a time limit,
 * writes into memory, and only a complete result replaces the target file, atomically (the previous
 * file is kept as {@code NAME.bak}). A read-only target or folder is refused before anything is written.
 *
 * @since 1.0
 */
public final class Exports {

    private Exports() {
    }

    /** The exported bytes (for standard output or a test). */
    public static byte[] toBytes(ExporterDescriptor format, ReportData data, ExportContext context)
            throws ExportException {
        return toBytes(format, data, context, ReportRunner.DEFAULT_LIMIT);
    }

    /** As {@link #toBytes(ExporterDescriptor, ReportData, ExportContext)} with a time limit. */
    public static byte[] toBytes(ExporterDescriptor format, ReportData data, ExportContext context, Duration limit)
            throws ExportException {
        try {
            return Isolated.call("podium-export-" + format.format(), limit, () -> { //$NON-NLS-1$
                if (!format.exporter().accepts(data)) {
                    throw new ReportException(NLS.bind(Messages.Export_notAccepted, format.label(), data.title()));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                format.exporter().write(data, context, out);
                return out.toByteArray();
            });
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReportException || cause instanceof ContributionException) {
                throw new ExportException(cause.getMessage(), cause);
            }
            String message = NLS.bind(Messages.Export_failed,
                    new Object[] {format.label(), format.contributor().label(), Contributions.describe(cause)});
            ReportRunner.log(message, cause);
            throw new ExportException(message, cause);
        } catch (TimeoutException e) {
            throw new ExportException(NLS.bind(Messages.Export_timedOut,
                    new Object[] {format.label(), format.contributor().label(), Failures.seconds(limit)}), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(Messages.Run_interrupted, e);
        }
    }

    /** Exports to {@code target}, atomically; the target is unchanged when anything fails. */
    public static void write(ExporterDescriptor format, ReportData data, ExportContext context, Path target)
            throws ExportException {
        checkWritable(target);
        byte[] bytes = toBytes(format, data, context);
        try {
            AtomicFiles.write(target, bytes);
        } catch (ReadOnlyTargetException e) {
            throw refused(target, e);
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.Export_cannotWrite, target, AtomicFiles.describe(e)), e);
        }
    }

    /**
     * Refuses, before any work, a target that is read-only or whose folder cannot take a new file:
     * {@link AtomicFiles#checkWritable} decides, as it does again when the file is written.
     */
    public static void checkWritable(Path target) throws ExportException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(NLS.bind(Messages.Export_noFolder, target), null);
        }
        try {
            AtomicFiles.checkWritable(target);
        } catch (ReadOnlyTargetException e) {
            throw refused(target, e);
        }
    }

    private static ExportException refused(Path target, ReadOnlyTargetException e) {
        String message = switch (e.reason()) {
            case IS_FOLDER -> NLS.bind(Messages.Export_isFolder, target);
            case FOLDER_READ_ONLY -> NLS.bind(Messages.Export_folderReadOnly, target, target.toAbsolutePath().getParent());
            default -> NLS.bind(Messages.Export_readOnly, target);
        };
        return new ExportException(message, e);
    }
}
