/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.contentassist;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import podium.lang.ide.internal.Messages;
import podium.lang.services.PodiumGrammarAccess;
import podium.model.ModelPackage;
import podium.model.Plan;

/**
 * Statement templates (target, split, project, measure) in LSP snippet syntax, proposed where the
 * statement's keyword is; the period and dates come from the workspace's plan when there is one.
 */
public class PodiumTemplates {
    @Inject
    private PodiumGrammarAccess grammar;

    @Inject
    private IdeContentProposalCreator creator;

    @Inject
    private IdeContentProposalPriorities priorities;

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    /** Proposes the template that starts with {@code keyword}, if there is one. */
    public void propose(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (!isTemplateKeyword(keyword)) {
            return;
        }
        String template = templates(planOf(context)).get(keyword);
        ContentAssistEntry entry = creator.createSnippet(template,
                NLS.bind(Messages.PodiumTemplates_label, keyword.getValue()), context);
        if (entry != null) {
            entry.setDescription(Messages.PodiumTemplates_description);
            acceptor.accept(entry, priorities.getKeywordPriority(keyword.getValue(), entry) - 1);
        }
    }

    private boolean isTemplateKeyword(Keyword keyword) {
        return keyword == grammar.getTargetAccess().getTargetKeyword_0()
                || keyword == grammar.getDecompositionAccess().getSplitKeyword_0()
                || keyword == grammar.getProjectAccess().getProjectKeyword_0()
                || keyword == grammar.getMeasureAccess().getMeasureKeyword_0();
    }

    private Map<Keyword, String> templates(Plan plan) {
        String period = plan == null || plan.getPeriod() == null ? "${3:2004}" : "${3:" + plan.getPeriod() + "}";
        String year = plan == null || plan.getPeriod() == null ? "2004" : String.valueOf(plan.getPeriod().year());
        String org = plan == null || plan.getOrganisation() == null || plan.getOrganisation().eIsProxy() ? "单位"
                : plan.getOrganisation().getName();
        return Map.of(
                grammar.getTargetAccess().getTargetKeyword_0(),
                "target ${1:指标} ${2:" + org + "} " + period + ": 确保 ${4:0} 力争 ${5:0} source ${6:省定}",
                grammar.getDecompositionAccess().getSplitKeyword_0(),
                "split ${1:指标} ${2:" + org + "} " + period + " {\n\t${4:下级单位} 确保 ${5:0} 力争 ${6:0}\n}",
                grammar.getProjectAccess().getProjectKeyword_0(),
                "project \"${1:项目名称}\" org ${2:" + org + "} stage ${3:在谈} contract ${4:0} ${5:万美元} leader \"${6:包抓领导}\"",
                grammar.getMeasureAccess().getMeasureKeyword_0(),
                "measure \"${1:措施}\" owner ${2:牵头单位} due ${3:" + year + "-12-31} status open");
    }

    /** The workspace's plan (the first by file, as validation takes it), found through the index. */
    private Plan planOf(ContentAssistContext context) {
        Resource resource = context.getResource();
        if (resource == null) {
            return null;
        }
        IResourceDescriptions index = indexProvider.getResourceDescriptions(resource);
        return StreamSupport.stream(index.getExportedObjectsByType(ModelPackage.Literals.PLAN).spliterator(), false)
                .min(Comparator.comparing(plan -> plan.getEObjectURI().toString()))
                .map(plan -> EcoreUtil.resolve(plan.getEObjectOrProxy(), resource))
                .filter(plan -> plan instanceof Plan && !plan.eIsProxy()).map(Plan.class::cast).orElse(null);
    }
}
