/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

import podium.model.PlanElement;
import podium.model.PlanningFile;

/**
 * Names every plan element by its file's namespace plus its own name, so that nesting (a district
 * inside its city, a speech inside its meeting) never changes how other files refer to it.
 */
public class PodiumQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Inject
    private IQualifiedNameConverter converter;

    @Override
    public QualifiedName getFullyQualifiedName(EObject obj) {
        if (obj instanceof PlanningFile file) {
            return file.getName() == null ? null : converter.toQualifiedName(file.getName());
        }
        if (!(obj instanceof PlanElement element) || element.getName() == null || element.getName().isEmpty()) {
            return null;
        }
        QualifiedName name = QualifiedName.create(element.getName());
        PlanningFile file = EcoreUtil2.getContainerOfType(obj, PlanningFile.class);
        if (file == null || file.getName() == null || file.getName().isEmpty()) {
            return name;
        }
        return converter.toQualifiedName(file.getName()).append(name);
    }
}
