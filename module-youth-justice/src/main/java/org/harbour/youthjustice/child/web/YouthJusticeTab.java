package org.harbour.youthjustice.child.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.child.application.ChildRecordService;
import org.harbour.youthjustice.child.application.ChildRecordView;

/** Backs the child's "Youth justice" tab: the record at a glance and the way to record more. */
@Named
@RequestScoped
public class YouthJusticeTab {

    @Inject
    private ChildRecordService records;

    @Inject
    private YjAccess access;

    private ChildRecordView loaded;

    public ChildRecordView record(long personId) {
        if (loaded == null || loaded.getPersonId() != personId) {
            loaded = records.record(personId);
        }
        return loaded;
    }

    public boolean isMayRecord() {
        return access.has(YjPermissions.RECORD);
    }
}
