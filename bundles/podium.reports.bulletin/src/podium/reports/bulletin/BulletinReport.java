/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin;

import java.util.ArrayList;
import java.util.List;

import podium.reports.api.ReportData;
import podium.reports.api.ReportException;
import podium.reports.api.ReportInput;
import podium.reports.api.ReportParameters;
import podium.reports.api.ReportProducer;
import podium.reports.bulletin.internal.Appendix;
import podium.reports.bulletin.internal.BlockReader;
import podium.reports.bulletin.internal.BulletinBuilder;
import podium.reports.bulletin.internal.MonthFigures;
import podium.reports.bulletin.internal.Messages;
import podium.reports.bulletin.internal.TemplateRenderer;

/**
 * The monthly bulletin (月度通报, report id {@code bulletin}): the month's figures of every indicator for
 * the jurisdiction and its units, written out by the template {@code templates/bulletin.ftl} of the
 * workspace or the built-in one, whose text lines become headings, paragraphs and the appendix table
 * (docs/bulletin.md).
 *
 * @since 1.0
 */
public final class BulletinReport implements ReportProducer {

    /** The report's id. */
    public static final String ID = "bulletin"; //$NON-NLS-1$

    @Override
    public ReportData produce(ReportInput input, ReportParameters parameters) throws ReportException {
        BulletinBuilder.Result figures = BulletinBuilder.build(input, parameters);
        TemplateRenderer renderer = new TemplateRenderer(input.folder().orElse(null));
        String output = renderer.render(figures.bulletin(), figures.partialTotals());
        Appendix appendix = new Appendix(figures);
        BlockReader.Result text = new BlockReader(renderer.shownTemplate(), appendix::table).read(output);
        List<String> omissions = new ArrayList<>(figures.omissions());
        if (!text.tablePlaced()) {
            omissions.add(Messages.Omission_noTable);
        }
        List<ReportData.Parameter> shown = List.of(
                new ReportData.Parameter(Messages.Parameter_month, parameters.asOf().toString()),
                new ReportData.Parameter(Messages.Parameter_period, figures.period().toString()),
                new ReportData.Parameter(Messages.Parameter_organisation, MonthFigures.nameOf(figures.root())),
                new ReportData.Parameter(Messages.Parameter_template, renderer.shownTemplate()));
        return new ReportData(ID, text.title(), shown, text.blocks(), omissions);
    }

    /** The figures the template is given for {@code parameters}, without rendering them. */
    public Bulletin figures(ReportInput input, ReportParameters parameters) throws ReportException {
        return BulletinBuilder.build(input, parameters).bulletin();
    }
}
