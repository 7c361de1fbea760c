#include "admin/directoryadmin.h"
#include "adminactions.h"
#include "common/democonsole.h"
#include "common/resultassertions.h"
#include "detailpane.h"
#include "interop/organizationaccessrole.h"
#include "items/navigatorfiltermodel.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "messagestrip.h"
#include "moveaccountdialog.h"
#include "navigatorview.h"
#include "organizationactions.h"
#include "organizationalunitdialog.h"
#include "organizationattachmentdialog.h"
#include "organizationpolicydialog.h"
#include "policyeditor.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

// The Organization menu and the organization's pages: Add account
// (organizations:CreateAccount), organizational units, moving accounts,
// service and resource control policies and their attachments, each as the
// active identity through DirectoryAdmin, one undo step each.
class TestOrganizationActions : public QObject
{
    Q_OBJECT

    using Type = NavigatorModel::NodeType;
    static inline const QString prod = QStringLiteral("111122223333");
    static inline const QString dev = QStringLiteral("444455556666");
    // Nobody in a member account may leave the organization.
    static inline const QString denyLeaving =
        QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                       R"("Action":"organizations:LeaveOrganization","Resource":"*"}]})");

    std::unique_ptr<DemoConsole> demo;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<MainWindow> window;

    void open(const QString& user)
    {
        REQUIRE_VALUE(demo, DemoConsole::open());
        REQUIRE_OK(demo->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(demo->session.get(), demo->dir.get(),
                                                 demo->accessKeys.get(), demo->mfaDevices.get());
        model = std::make_unique<NavigatorModel>(demo->dir.get(), demo->session.get());
        window = std::make_unique<MainWindow>(demo->session.get(), demo->services(), model.get());
        window->setDirectoryAdmin(admin.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    OrganizationActions* actions() const { return window->organizationActions(); }
    QString rootId() const { return demo->dir->organizationRootId(); }

    template <typename Dialog>
    Dialog* openedBy(QAction* action)
    {
        if (!action->isEnabled())
            return nullptr;
        action->trigger();
        return qobject_cast<Dialog*>(actions()->openDialog());
    }

    // Selects the navigator's row of an organization node; its page shows.
    bool select(Type type, const QString& name)
    {
        return window->navigator()->selectOrganizationNode(type, name) &&
               window->detailPane()->currentNode().name == name;
    }

    // The names under a node of the tree, as the navigator shows them.
    QStringList childLabels(const QModelIndex& parent) const
    {
        QStringList labels;
        for (int row = 0; row < model->rowCount(parent); ++row)
            labels << model->index(row, 0, parent).data().toString();
        return labels;
    }

    QStringList pageTable(const char* objectName, int column = 0) const
    {
        QStringList cells;
        const auto* table =
            window->detailPane()->findChild<QTableWidget*>(QLatin1String(objectName));
        if (!table)
            return {QStringLiteral("<no table %1>").arg(QLatin1String(objectName))};
        for (int row = 0; row < table->rowCount(); ++row)
            cells << table->item(row, column)->text();
        return cells;
    }

    QStringList pageActionTexts() const
    {
        QStringList texts;
        for (QAction* action : actions()->pageActions())
            if (action->isEnabled())
                texts << action->text();
        return texts;
    }

    // Edit → Undo; what it could not undo, or "".
    QString undoOnce()
    {
        QAction* undo = window->adminActions()->undoAction();
        if (!window->editMenu()->actions().contains(undo) || !undo->isEnabled())
            return QStringLiteral("Edit → Undo is not offered");
        const int before = admin->undoStack()->index();
        undo->trigger();
        return admin->undoStack()->index() == before - 1 ? QString()
                                                         : QStringLiteral("nothing was undone");
    }

    static NewAccountRequest request()
    {
        NewAccountRequest r;
        r.name = QStringLiteral("Cat photo sandbox");
        r.root.email = QStringLiteral("sandbox@catphoto.example");
        r.root.password = QStringLiteral("Sandbox-root-1");
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        window.reset();
        model.reset();
        admin.reset();
        demo.reset();
    }

    // Maria, the management account's administrator, builds an OU, moves the
    // dev account into it, writes an SCP, attaches and detaches it: every
    // step from the menu or the page, one undo step each, shown in the tree
    // and on the pages.
    void mariaOrganizesTheAccountsAndTheirGuardrails()
    {
        open(QStringLiteral("Maria"));
        QUndoStack* undo = admin->undoStack();
        const int steps = undo->count();

        // Organization → New organizational unit… under the root.
        auto* unitDialog =
            openedBy<OrganizationalUnitDialog>(actions()->newOrganizationalUnitAction());
        QVERIFY(unitDialog);
        QCOMPARE(unitDialog->parentBox()->currentData().toString(), rootId());
        unitDialog->nameEdit()->setText(QStringLiteral("Sandbox"));
        QVERIFY2(unitDialog->submit(), qPrintable(unitDialog->nameError()));
        QCOMPARE(undo->count(), steps + 1);
        const auto units = demo->dir->organizationalUnitsForParent(rootId());
        const auto sandbox = std::find_if(units.cbegin(), units.cend(), [](const auto& unit) {
            return unit.name == QLatin1String("Sandbox");
        });
        QVERIFY(sandbox != units.cend());
        const QString ouId = sandbox->id;
        // The new OU is selected, its page shown; the tree holds it under the root.
        QCOMPARE(window->detailPane()->currentNode().name, ouId);
        QVERIFY(childLabels(model->organizationIndex()).contains(QStringLiteral("Sandbox")));

        // Organization → Move account…: catphoto-dev into Sandbox.
        QVERIFY(window->navigator()->selectOrganizationNode(Type::Organization, rootId()));
        window->navigator()->selectAccount(dev);
        auto* move = openedBy<MoveAccountDialog>(actions()->moveAccountAction());
        QVERIFY(move);
        QCOMPARE(move->accountBox()->currentData().toString(), dev);
        QCOMPARE(move->sourceParentId(), demo->dir->parentOf(dev));
        const QString before = move->sourceParentId();
        move->destinationBox()->setCurrentIndex(move->destinationBox()->findData(ouId));
        QVERIFY2(move->submit(), qPrintable(move->destinationError()));
        QCOMPARE(undo->count(), steps + 2);
        QCOMPARE(demo->dir->parentOf(dev), ouId);
        const QModelIndex ou = model->organizationNodeIndex(Type::OrganizationalUnit, ouId);
        QVERIFY(ou.isValid());
        QCOMPARE(model->accountIndex(dev).parent(), ou);
        QVERIFY(window->navigator()->tree()->isExpanded(
            window->navigator()->filterModel()->mapFromSource(ou)));
        // The account's page says where it is.
        QCOMPARE(window->detailPane()->currentNode().accountId, dev);
        const auto* parentLabel =
            window->detailPane()->findChild<QLabel*>(QStringLiteral("AccountParent"));
        QVERIFY(parentLabel);
        QCOMPARE(parentLabel->text(), QStringLiteral("Sandbox (%1)").arg(ouId));

        // Organization → New service control policy….
        auto* policyDialog =
            openedBy<OrganizationPolicyDialog>(actions()->newServiceControlPolicyAction());
        QVERIFY(policyDialog);
        policyDialog->nameEdit()->setText(QStringLiteral("DenyLeaving"));
        policyDialog->descriptionEdit()->setText(QStringLiteral("Member accounts stay"));
        policyDialog->editor()->setText(denyLeaving);
        QVERIFY2(policyDialog->submit(),
                 qPrintable(policyDialog->editorError() + policyDialog->nameError() +
                            policyDialog->messageStrip()->error()));
        QCOMPARE(undo->count(), steps + 3);
        const auto scps = demo->dir->organizationPolicies(OrganizationPolicy::Type::ServiceControl);
        const auto scp = std::find_if(scps.cbegin(), scps.cend(), [](const auto& policy) {
            return policy.name == QLatin1String("DenyLeaving");
        });
        QVERIFY(scp != scps.cend());
        const QString policyId = scp->id;
        QVERIFY(!scp->awsManaged);
        // Shown under Policies → Service control policies, with its page.
        const QModelIndex scpRow = model->organizationNodeIndex(Type::OrganizationPolicy, policyId);
        QVERIFY(scpRow.isValid());
        QCOMPARE(scpRow.parent().data().toString(),
                 QStringLiteral("Service control policies (%1)").arg(scps.size()));
        QCOMPARE(window->detailPane()->currentNode().name, policyId);
        const auto* content = window->detailPane()->findChild<PolicyEditor*>(
            QStringLiteral("OrganizationPolicyContent"));
        QVERIFY(content);
        QVERIFY(content->text().contains(QStringLiteral("organizations:LeaveOrganization")));
        QVERIFY(pageActionTexts().contains(actions()->editPolicyAction()->text()));

        // The OU's page: Attach policy… with DenyLeaving.
        QVERIFY(select(Type::OrganizationalUnit, ouId));
        QVERIFY(pageActionTexts().contains(actions()->attachPolicyAction()->text()));
        auto* attach = openedBy<OrganizationAttachmentDialog>(actions()->attachPolicyAction());
        QVERIFY(attach);
        QVERIFY(!attach->choiceIds().contains(OrganizationPolicy::fullAwsAccessId())); // on it
        QVERIFY(attach->choose(policyId));
        QVERIFY2(attach->submit(), qPrintable(attach->error()));
        QCOMPARE(undo->count(), steps + 4);
        QCOMPARE(window->detailPane()->currentNode().name, ouId); // the page stays, refreshed
        QVERIFY2(pageTable("AttachedOrganizationPolicies").contains(QStringLiteral("DenyLeaving")),
                 qPrintable(pageTable("AttachedOrganizationPolicies").join(u',')));
        // ... and the policy's Targets name the OU.
        QCOMPARE(demo->dir->targetsForPolicy(policyId).size(), 1);
        QCOMPARE(demo->dir->targetsForPolicy(policyId).first().id, ouId);

        // Detach policy… takes it off again.
        auto* detach = openedBy<OrganizationAttachmentDialog>(actions()->detachPolicyAction());
        QVERIFY(detach);
        QVERIFY(detach->choose(policyId));
        QVERIFY2(detach->submit(), qPrintable(detach->error()));
        QCOMPARE(undo->count(), steps + 5);
        QVERIFY(!pageTable("AttachedOrganizationPolicies").contains(QStringLiteral("DenyLeaving")));

        // Edit → Undo: attached again, then detached by undoing the attach.
        QCOMPARE(undoOnce(), QString());
        QCOMPARE(demo->dir->targetsForPolicy(policyId).size(), 1);
        QVERIFY(pageTable("AttachedOrganizationPolicies").contains(QStringLiteral("DenyLeaving")));
        QCOMPARE(undoOnce(), QString());
        QVERIFY(demo->dir->targetsForPolicy(policyId).isEmpty());
        // Undo the policy, the move and the OU: the organization is as it was.
        QCOMPARE(undoOnce(), QString());
        QVERIFY(!demo->dir->organizationPolicy(policyId));
        QVERIFY(!model->organizationNodeIndex(Type::OrganizationPolicy, policyId).isValid());
        QCOMPARE(undoOnce(), QString());
        QCOMPARE(demo->dir->parentOf(dev), before);
        QCOMPARE(undoOnce(), QString());
        QVERIFY(!demo->dir->organizationalUnit(ouId));
        QVERIFY(!model->organizationNodeIndex(Type::OrganizationalUnit, ouId).isValid());
        QVERIFY(model->accountIndex(dev).isValid());
    }

    // A refused edit keeps its dialog open with AWS's code next to the field
    // at fault, and changes nothing.
    void errorsShowNextToTheirFieldWithAwsCode()
    {
        open(QStringLiteral("Maria"));
        QUndoStack* undo = admin->undoStack();
        REQUIRE_OK(admin->createOrganizationalUnit(rootId(), QStringLiteral("Sandbox")));
        const int steps = undo->count();

        auto* unitDialog =
            openedBy<OrganizationalUnitDialog>(actions()->newOrganizationalUnitAction());
        QVERIFY(unitDialog);
        unitDialog->parentBox()->setCurrentIndex(unitDialog->parentBox()->findData(rootId()));
        unitDialog->nameEdit()->setText(QStringLiteral("Sandbox"));
        QVERIFY(!unitDialog->submit());
        QVERIFY2(unitDialog->nameError().startsWith(
                     QStringLiteral("DuplicateOrganizationalUnitException: ")),
                 qPrintable(unitDialog->nameError()));
        QVERIFY(unitDialog->isVisible());
        QCOMPARE(undo->count(), steps);

        auto* policyDialog =
            openedBy<OrganizationPolicyDialog>(actions()->newServiceControlPolicyAction());
        QVERIFY(policyDialog);
        policyDialog->nameEdit()->setText(QStringLiteral("Broken"));
        policyDialog->editor()->setText(QStringLiteral(R"({"Version":"2012-10-17","Statement":[)"
                                                       R"({"Effect":"Perhaps","Action":"*",)"
                                                       R"("Resource":"*"}]})"));
        QVERIFY(!policyDialog->submit());
        QVERIFY2(policyDialog->editorError().startsWith(
                     QStringLiteral("MalformedPolicyDocumentException: ")),
                 qPrintable(policyDialog->editorError() + policyDialog->messageStrip()->error()));
        policyDialog->editor()->setText(denyLeaving);
        policyDialog->nameEdit()->setText(QStringLiteral("FullAWSAccess")); // AWS's own name
        QVERIFY(!policyDialog->submit());
        QVERIFY2(policyDialog->nameError().startsWith(QStringLiteral("DuplicatePolicyException: ")),
                 qPrintable(policyDialog->nameError() + policyDialog->messageStrip()->error()));
        // Each field's error goes beside that field, whatever its words say.
        policyDialog->nameEdit()->clear();
        QVERIFY(!policyDialog->submit());
        QVERIFY2(policyDialog->nameError().startsWith(QStringLiteral("InvalidInputException: ")),
                 qPrintable(policyDialog->nameError() + policyDialog->messageStrip()->error()));
        QCOMPARE(policyDialog->descriptionError(), QString());
        policyDialog->nameEdit()->setText(QStringLiteral("DenyLeaving"));
        policyDialog->editor()->setText(denyLeaving + QString(5120, u' '));
        QVERIFY(!policyDialog->submit());
        QVERIFY2(policyDialog->editorError().startsWith(
                     QStringLiteral("ConstraintViolationException: ")),
                 qPrintable(policyDialog->editorError() + policyDialog->messageStrip()->error()));
        QCOMPARE(policyDialog->nameError(), QString());
        QCOMPARE(undo->count(), steps);

        // The root's last service control policy cannot go: FullAWSAccess stays.
        QVERIFY(select(Type::Organization, rootId()));
        auto* detach = openedBy<OrganizationAttachmentDialog>(actions()->detachPolicyAction());
        QVERIFY(detach);
        QVERIFY(detach->choose(OrganizationPolicy::fullAwsAccessId()));
        QVERIFY(!detach->submit());
        QVERIFY2(detach->error().startsWith(QStringLiteral("ConstraintViolationException: ")),
                 qPrintable(detach->error()));
        QCOMPARE(
            demo->dir->policiesForTarget(rootId(), OrganizationPolicy::Type::ServiceControl).size(),
            1);
        QCOMPARE(undo->count(), steps);
    }

    // AWS's own policies are read, attached and detached, never edited.
    void anAwsManagedPolicyPageIsReadOnly()
    {
        open(QStringLiteral("Maria"));
        QVERIFY(select(Type::OrganizationPolicy, OrganizationPolicy::fullAwsAccessId()));
        const auto* content = window->detailPane()->findChild<PolicyEditor*>(
            QStringLiteral("OrganizationPolicyContent"));
        QVERIFY(content);
        QVERIFY(content->isReadOnly());
        QVERIFY(content->text().contains(QStringLiteral("\"Action\": \"*\"")));
        // Written as the console writes policies, not in alphabetical order.
        QVERIFY(content->text().indexOf(QStringLiteral("\"Version\"")) <
                content->text().indexOf(QStringLiteral("\"Statement\"")));
        QVERIFY(pageTable("OrganizationPolicyTargets").contains(QStringLiteral("Root")));
        QVERIFY(!actions()->pageActions().contains(actions()->editPolicyAction()));
        QVERIFY(!actions()->pageActions().contains(actions()->deleteAction()));
        QVERIFY(!actions()->editPolicyAction()->isEnabled());
        QVERIFY(pageActionTexts().contains(actions()->attachPolicyAction()->text()));
    }

    // Without organizations permissions the tree's lists show AWS's refusal,
    // as every other list does, and the organization's actions are disabled.
    void johnSeesTheOrganizationListsDenied()
    {
        open(QStringLiteral("John"));
        const QModelIndex root = model->organizationIndex();
        QVERIFY(root.isValid());
        const QString denied = root.data(NavigatorModel::AccessDeniedRole).toString();
        QVERIFY2(
            denied.contains(QStringLiteral(
                "is not authorized to perform: organizations:ListOrganizationalUnitsForParent")),
            qPrintable(denied));
        // His own account stays reachable, then the refusal.
        QCOMPARE(model->rowCount(root), 2);
        QCOMPARE(model->index(0, 0, root).data(NavigatorModel::AccountIdRole).toString(), prod);
        QCOMPARE(model->nodeRef(model->index(1, 0, root)).type, Type::Denied);
        // Policies: organizations:ListPolicies.
        const QModelIndex policies = model->organizationNodeIndex(Type::OrganizationPolicies, {});
        QVERIFY(policies.isValid());
        QVERIFY(policies.data(NavigatorModel::AccessDeniedRole)
                    .toString()
                    .contains(QStringLiteral("organizations:ListPolicies")));
        QCOMPARE(model->rowCount(policies), 1);
        QCOMPARE(model->nodeRef(model->index(0, 0, policies)).type, Type::Denied);
        QVERIFY(!model
                     ->organizationNodeIndex(Type::OrganizationPolicy,
                                             OrganizationPolicy::fullAwsAccessId())
                     .isValid());
        QVERIFY(!actions()->newServiceControlPolicyAction()->isEnabled());
        QVERIFY(!actions()->newOrganizationalUnitAction()->isEnabled());
    }

    void mariaAddsAnAccountSheCanSwitchInto()
    {
        OPEN_DEMO_CONSOLE(demo);
        REQUIRE_OK(demo.signIn(QStringLiteral("Maria")));
        QMenu menu;
        QWidget parent;
        OrganizationActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        QVERIFY(!actions.addAccountAction()->isEnabled()); // nobody's editor yet
        DirectoryAdmin admin(demo.session.get(), demo.dir.get(), demo.accessKeys.get(),
                             demo.mfaDevices.get());
        actions.setDirectoryAdmin(&admin);
        QVERIFY(actions.addAccountAction()->isEnabled());
        QSignalSpy added(&actions, &OrganizationActions::accountAdded);

        const QString message = actions.addAccount(request());
        QVERIFY2(message.startsWith(QStringLiteral("Added account Cat photo sandbox (")),
                 qPrintable(message));
        QCOMPARE(added.size(), 1);
        const QString accountId = added.first().first().toString();
        QCOMPARE(demo.dir->memberAccount(accountId)->email,
                 QStringLiteral("sandbox@catphoto.example"));
        QCOMPARE(admin.undoStack()->count(), 1);
        REQUIRE_OK(demo.switchTo(accountId, OrganizationAccessRole::roleName()));
        QVERIFY(demo.allowed(QStringLiteral("iam:CreateUser"),
                             QStringLiteral("arn:aws:iam::%1:user/x").arg(accountId)));
    }

    void johnIsRefusedAndNothingIsAdded()
    {
        OPEN_DEMO_CONSOLE(demo);
        REQUIRE_OK(demo.signIn(QStringLiteral("John")));
        QMenu menu;
        QWidget parent;
        OrganizationActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get(), demo.accessKeys.get(),
                             demo.mfaDevices.get());
        actions.setDirectoryAdmin(&admin);
        // John's developer policy allows every service but IAM, Organizations
        // and account settings.
        const auto accounts = demo.dir->accounts();
        const QString message = actions.addAccount(request());
        QVERIFY2(message.contains(QStringLiteral("user/John is not authorized to perform: "
                                                 "organizations:CreateAccount")),
                 qPrintable(message));
        QCOMPARE(demo.dir->accounts(), accounts);
        QVERIFY(
            demo.auditActions().contains(QStringLiteral("organizations:CreateAccount:Failure")));
    }
};

QTEST_MAIN(TestOrganizationActions)
#include "tst_organizationactions.moc"
