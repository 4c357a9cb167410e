ALTER DEFAULT PRIVILEGES FOR ROLE sg_dp_owner_{run} GRANT USAGE ON TYPES TO sg_dp_reader_{run};
