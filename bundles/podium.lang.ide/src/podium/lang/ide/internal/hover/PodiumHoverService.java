/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.ide.internal.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import podium.model.Target;

/**
 * Hover over a name shows what the element is (an indicator's unit, kind and direction...) above
 * its documentation comment; hover anywhere else in a target shows the target against the latest
 * actual, as the status views compute it.
 */
public class PodiumHoverService extends HoverService {
    @Inject
    private EObjectAtOffsetHelper elements;

    @Inject
    private ElementDescriptions descriptions;

    @Inject
    private TargetProgressText progress;

    @Override
    protected HoverContext createContext(Document document, XtextResource resource, int offset) {
        if (elements.resolveCrossReferencedElementAt(resource, offset) == null) {
            Target target = EcoreUtil2.getContainerOfType(elements.resolveElementAt(resource, offset), Target.class);
            ICompositeNode node = target == null ? null : NodeModelUtils.getNode(target);
            if (node != null) {
                return new HoverContext(document, resource, offset, node.getTextRegion(), target);
            }
        }
        return super.createContext(document, resource, offset);
    }

    @Override
    protected String getKind(HoverContext context) {
        return MarkupKind.PLAINTEXT;
    }

    @Override
    public String getContents(EObject element) {
        String facts = element instanceof Target target ? progress.describe(target) : descriptions.describe(element);
        String documentation = super.getContents(element);
        if (documentation == null || documentation.isBlank()) {
            return facts;
        }
        return facts == null ? documentation : facts + "\n\n" + documentation.strip();
    }
}
