"use client";
import { useId } from "react";
import { WebhookEvent } from "@/lib/db/generated/enums";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_NAMES } from "@/lib/webhooks/event-names";
import styles from "./webhooks.module.css";

const EVENTS = Object.values(WebhookEvent);

/** The events a webhook can listen to, as checkboxes in plain words with the name receivers see beside each. */
export function EventCheckboxes(props: { legend: string; name: string; defaultChecked?: readonly WebhookEvent[]; error?: string }) {
  const errorId = useId();
  return (
    <fieldset className={styles.events} aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {EVENTS.map((event) => (
        <label key={event}>
          <input type="checkbox" name={props.name} value={event} defaultChecked={props.defaultChecked?.includes(event)} />
          <span>
            {WEBHOOK_EVENT_LABELS[event]} <span className={styles.eventName}>{WEBHOOK_EVENT_NAMES[event]}</span>
          </span>
        </label>
      ))}
      {props.error && (
        <span className={styles.eventsError} id={errorId}>
          {props.error}
        </span>
      )}
    </fieldset>
  );
}

/** The checked events of a form, in the form's order. */
export function checkedEvents(form: HTMLFormElement, name: string): WebhookEvent[] {
  return new FormData(form).getAll(name).map(String) as WebhookEvent[];
}
