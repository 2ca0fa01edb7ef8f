import { graphql } from '@/gql';

export const DemoLoginMutation = graphql(`
  mutation DemoLogin($persona: DemoPersona!) {
    demoLogin(persona: $persona) {
      accessToken
      refreshToken
      expiresIn
      user {
        id
        role
        careMode
      }
    }
  }
`);

export const LoginWithWechatMutation = graphql(`
  mutation LoginWithWechat($code: String!) {
    loginWithWechat(code: $code) {
      accessToken
      refreshToken
      expiresIn
      user {
        id
        role
        careMode
      }
    }
  }
`);

export const StaffLoginMutation = graphql(`
  mutation StaffLogin($username: String!, $password: String!) {
    staffLogin(username: $username, password: $password) {
      accessToken
      refreshToken
      expiresIn
      user {
        id
        role
        careMode
      }
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresIn
      user {
        id
        role
        careMode
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SetCareModeMutation = graphql(`
  mutation SetCareMode($enabled: Boolean!) {
    setCareMode(enabled: $enabled) {
      id
      careMode
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      role
      careMode
    }
  }
`);
