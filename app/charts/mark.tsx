/**
 * A data mark that people can reach: focusable (tabIndex 0) with an aria-label describing the
 * datum, a tooltip on hover and focus, and optionally a real link (`href`, so it works
 * without JS and Enter follows it) or a button action (`onActivate`, Enter or Space).
 */
import { useContext, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { TooltipContext, tooltipText, type TooltipContent } from "./tooltip";

export interface MarkProps {
  /** What a screen reader announces for this datum. */
  label: string;
  /** What the tooltip shows. */
  tooltip: TooltipContent;
  /** Makes the mark a link (<a href>): clicking or Enter opens it, with or without JS. */
  href?: string;
  /** Makes the mark a button: click, Enter or Space call it. With `href` too, a plain click runs it instead of following the link. */
  onActivate?: () => void;
  /** Leave out of the tab order (e.g. slivers too small to read); still hoverable. */
  focusable?: boolean;
  className?: string;
  children: ReactNode;
}

export function Mark({ label, tooltip, href, onActivate, focusable = true, className, children }: MarkProps) {
  const api = useContext(TooltipContext);
  // The tooltip sits above the mark's drawn shapes, wherever transforms put them.
  const show = (event: { currentTarget: Element }) => api.show(tooltip, event.currentTarget);
  const handlers = {
    onPointerEnter: show,
    onPointerLeave: api.hide,
    onFocus: show,
    onBlur: api.hide,
  };
  // Before hydration a native <title> gives the no-JS page its hover text.
  const nativeTitle = api.hydrated ? null : <title>{tooltipText(tooltip)}</title>;
  const classes = `mark${className ? ` ${className}` : ""}`;
  if (href) {
    // With JS, a link that also has an action runs it in place (e.g. zoom instead of reload).
    const onClick = onActivate
      ? (event: MouseEvent) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onActivate();
        }
      : undefined;
    return (
      <a href={href} aria-label={label} className={classes} onClick={onClick} {...handlers}>
        {nativeTitle}
        {children}
      </a>
    );
  }
  const onKeyDown = onActivate
    ? (event: KeyboardEvent) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          onActivate();
        }
      }
    : undefined;
  return (
    <g
      role={onActivate ? "button" : "img"}
      aria-label={label}
      tabIndex={focusable ? 0 : undefined}
      className={classes}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      {...handlers}
    >
      {nativeTitle}
      {children}
    </g>
  );
}
