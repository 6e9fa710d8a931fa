import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import type { DeviceCounts } from '../data/use-device-counts.ts';

interface Props {
  counts: DeviceCounts;
  isErasing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Names what will be lost before anything is erased (cases first: they cannot come back). */
export function EraseDialog({ counts, isErasing, onConfirm, onCancel }: Props) {
  const { t } = useTranslation(['settings']);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog role="alertdialog" labelledBy="erase-title" describedBy="erase-lost" onClose={onCancel} initialFocus={cancelRef}>
      <h2 id="erase-title">{t('settings:erase.dialogTitle')}</h2>
      <div id="erase-lost">
        <p>{t('settings:erase.willLose')}</p>
        <ul>
          <li>{counts.cases > 0 ? t('settings:erase.casesLost', { count: counts.cases }) : t('settings:erase.noCases')}</li>
          <li>{t('settings:erase.settingsLost')}</li>
          <li>{t('settings:erase.contentLost', { count: counts.contentTotal })}</li>
          <li>{t('settings:erase.offlineCopy')}</li>
        </ul>
      </div>
      <p>{t('settings:erase.browserKeeps')}</p>
      <p className="modal-actions">
        <button ref={cancelRef} type="button" onClick={onCancel} disabled={isErasing}>
          {t('settings:erase.cancel')}
        </button>
        <button type="button" className="button-danger" onClick={onConfirm} aria-disabled={isErasing || undefined}>
          {isErasing ? t('settings:erase.erasing') : t('settings:erase.confirm')}
        </button>
      </p>
    </ModalDialog>
  );
}
