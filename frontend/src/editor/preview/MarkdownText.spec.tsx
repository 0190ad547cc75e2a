import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './MarkdownText.js';

describe('MarkdownText', () => {
  it('renders the message markdown subset as elements', () => {
    const { container } = render(<MarkdownText text={'**Down**: _api_ `503`\n- one\n- [runbook](https://x.test/r)'} />);
    expect(container.querySelector('strong')!.textContent).toBe('Down');
    expect(container.querySelector('em')!.textContent).toBe('api');
    expect(container.querySelector('code')!.textContent).toBe('503');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('a')!.getAttribute('href')).toBe('https://x.test/r');
  });

  it('shows escaped characters literally and never links to script URLs or injects HTML', () => {
    const { container } = render(<MarkdownText text={'a\\*b\\* <img src=x onerror=alert(1)> [x](javascript:alert(1))'} />);
    expect(container.textContent).toContain('a*b* <img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')!.hasAttribute('href')).toBe(false);
  });

  it('decodes Slack entities only when asked', () => {
    expect(render(<MarkdownText text="a &lt; b" decodeEntities />).container.textContent).toBe('a < b');
  });
});
