"use client";
// The controls of one decision: status, assignee, claim, a new note, and its history. Each change
// saves at once; a failed save keeps what was typed, with a Retry.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";
import { BUTTON, FIELD, TEXTAREA } from "@/components/ui/form-styles";
import { queries } from "@/lib/api/queries";
import { decisionStatusLabel } from "@/lib/decisions/labels";
import { DECISION_STATUSES, type Decision, type DecisionChange } from "@/lib/decisions/model";
import { ClaimForm } from "./claim-form";
import { ConflictPanel } from "./conflict-panel";
import { DecisionHistory } from "./decision-history";
import { RecoveryForm } from "./recovery-form";
import { useChangeDecision } from "./use-decisions";

const field = FIELD;
const button = BUTTON;

export function DecisionEditor({ shipmentId, decision }: { shipmentId: string; decision: Decision }) {
  const t = useTranslations();
  const users = useQuery(queries.users());
  const { change, pending, error, conflict, keepTheirs, lastChange } = useChangeDecision(
    shipmentId,
    decision.entity_id,
  );
  const [note, setNote] = useState("");
  const me = users.data?.me;
  const save = (c: DecisionChange) => change(c).catch(() => {});
  const addNote = () =>
    change({ note }).then(
      () => setNote(""),
      () => {},
    );
  // A note is sent again from its box (it stays there until saved); other changes as they were.
  const again = (c: DecisionChange) => (c.note !== undefined ? addNote() : save(c));

  return (
    <div className="space-y-4">
      {conflict && (
        <ConflictPanel conflict={conflict} onKeepTheirs={keepTheirs} onApplyMine={() => again(conflict.mine)} />
      )}
      {error && (
        <ErrorPanel error={error} title={t("editor.notSaved")} onRetry={() => lastChange && void again(lastChange)} />
      )}
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("editor.status")}</span>
          <select
            className={field}
            value={decision.status}
            onChange={(e) => save({ status: e.target.value as Decision["status"] })}
          >
            {DECISION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {decisionStatusLabel(t, s)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("editor.assignee")}</span>
          <select
            className={field}
            value={decision.assignee ?? ""}
            onChange={(e) => save({ assignee: e.target.value || null })}
          >
            <option value="">{t("decision.unassigned")}</option>
            {decision.assignee && !users.data?.users.some((u) => u.name === decision.assignee) && (
              <option value={decision.assignee}>{decision.assignee}</option>
            )}
            {users.data?.users.map((u) => (
              <option key={u.name} value={u.name}>
                {u.name === me ? t("editor.me", { name: u.display_name }) : u.display_name}
              </option>
            ))}
          </select>
        </label>
        {me && decision.assignee !== me && (
          <button type="button" className={button} onClick={() => save({ assignee: me })}>
            {t("editor.assignToMe")}
          </button>
        )}
        {pending && (
          <span className="text-slate-600" role="status">
            {t("editor.saving")}
          </span>
        )}
      </div>
      <ClaimForm claim={decision.claim} onSave={(claim) => save({ claim })} />
      {decision.claim && (
        <RecoveryForm
          key={`${decision.version}`}
          claim={decision.claim}
          recovery={decision.recovery}
          status={decision.status}
          onSave={(change) => save(change)}
        />
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={`note-${decision.entity_id}`} className="font-medium">
          {t("editor.addNoteLabel")}
        </label>
        <textarea
          id={`note-${decision.entity_id}`}
          className={`${TEXTAREA} min-h-16`}
          maxLength={4000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="flex items-center gap-3">
          <button type="button" className={button} disabled={!note.trim() || pending} onClick={addNote}>
            {t("editor.addNote")}
          </button>
          <span className="text-xs text-slate-600">{t("editor.noteLength", { length: note.length, max: 4000 })}</span>
        </div>
      </div>
      <DecisionHistory shipmentId={shipmentId} entityId={decision.entity_id} />
    </div>
  );
}
