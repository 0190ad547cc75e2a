import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App.js';

describe('App', () => {
  it('renders the product name and the severity scale from the shared route model', () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Signalbox' })).toBeTruthy();
    expect(screen.getByText(/critical, high, warning, info/)).toBeTruthy();
  });
});
